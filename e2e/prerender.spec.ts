import type { Page } from "@playwright/test";
import { article, claims, quotes, quotesInReadingOrder, themes } from "./fixtures/content";
import { expectReflow } from "./fixtures/a11y";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const lastQuote = quotesInReadingOrder.at(-1);
const someTheme = themes.at(-1);

const DESKTOP_AND_PHONE = [
  { width: 1280, height: 800 },
  { width: 412, height: 823 },
];

/**
 * None of the controls only the app can work is shown: with no app, they would do nothing. The theme chips stay, as
 * links to the themes' pages (e2e/no-script.spec.ts follows every link these pages show).
 */
async function expectNoAppControls(page: Page): Promise<void> {
  for (const name of [/Hide highlights/, /Shortcuts/, /^Claims by theme/, /^Live briefing/, /^Your notes/]) {
    await expect(page.getByRole("button", { name })).toBeHidden();
  }
  await expect(page.getByRole("navigation", { name: "Themes" }).getByRole("link")).toHaveCount(themes.length);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the prerendered page has the article, every claim and every quote's <mark id>", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
    // Every paragraph verbatim (the highlights' screen-reader labels aside).
    const body = page.getByRole("article", { name: article.headline }).locator("p[data-start]");
    expect(await body.allTextContents()).toEqual(article.paragraphs);
    for (const theme of themes) {
      await expect(sidebar(page).getByRole("heading", { name: theme.label, level: 3 })).toBeVisible();
    }
    for (const claim of claims) {
      await expect(sidebar(page).getByRole("link", { name: claim.summary, exact: true })).toBeVisible();
    }
    for (const quote of quotes) await expect(page.locator(`mark[id="${quote.id}"]`)).toHaveCount(1);
  });

  for (const viewport of DESKTOP_AND_PHONE) {
    test(`at ${viewport.width} px, no control that only the app can work is offered`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/");
      await expectNoAppControls(page);
      // What needs no script stays: the claims, and the map's ticks (links to the quotes).
      await expect(page.getByRole("heading", { name: "Claims by theme" })).toBeAttached();
      await expect(
        page.getByRole("navigation", { name: "Theme map" }).getByRole("link").first(),
      ).toBeVisible();
      // The map's strip and the chips' row scroll sideways by design (as with the app).
      await expectReflow(
        page,
        `without JavaScript, ${viewport.width} px`,
        'nav[aria-label="Themes"] ul, nav[aria-label="Theme map"]',
      );
    });
  }

  test("on a phone, where the claims are a sheet only the app can open, they follow the article instead", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto("/");
    const panel = sidebar(page);
    await expect(panel).toBeAttached();
    // After the article, not over it; and nothing there to drag or close.
    const articleBottom = await page
      .getByRole("article", { name: article.headline })
      .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    const panelTop = await panel.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(panelTop).toBeGreaterThan(articleBottom);
    await expect(panel.getByRole("button", { name: /Expand claims|Close/ })).toHaveCount(0);
    for (const claim of claims) {
      const link = panel.getByRole("link", { name: claim.summary, exact: true });
      await link.scrollIntoViewIfNeeded();
      await expect(link).toBeInViewport();
    }
  });

  test("a quote link scrolls to the quote natively and :target highlights it", async ({ page }) => {
    if (!lastQuote) throw new Error("the content has no quotes");
    await page.goto(`/#${lastQuote.id}`);
    const mark = page.locator(`mark[id="${lastQuote.id}"]`);
    await expect(mark).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // Marked as the active quote would be: tinted, with a thick underline.
    await expect(mark).toHaveCSS("text-decoration-thickness", "3px");
    await expect(mark).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    // Only the linked quote: the others rest, a thin underline.
    const first = page.locator(`mark[id="${quotesInReadingOrder[0]?.id ?? ""}"]`);
    await expect(first).toHaveCSS("text-decoration-thickness", "1px");
    await expect(first).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  });
});

test.describe("when the app fails to load", () => {
  for (const viewport of DESKTOP_AND_PHONE) {
    test(`at ${viewport.width} px the page says so, keeps the article and the claims, and offers no dead controls`, async ({
      browser,
    }) => {
      // A page of its own: the fixture's waits for a hydration that cannot come.
      const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
      const page = await context.newPage();
      // The server has the page but not the app (a failed deploy, a blocked host, a dropped connection).
      await page.route("**/assets/*.js", (route) => route.fulfill({ status: 404, body: "" }));
      await page.goto("/", { waitUntil: "load" });
      await expect(page.getByRole("alert")).toContainText("did not load");
      await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
      await expectNoAppControls(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
      const lastClaim = sidebar(page).getByRole("link", { name: claims.at(-1)?.summary, exact: true });
      await lastClaim.scrollIntoViewIfNeeded();
      await expect(lastClaim).toBeInViewport();
      await expectNoAxeViolations(page, `app failed, ${viewport.width} px`);
      await context.close();
    });
  }

  test("while it loads and once it runs, the notice stays hidden", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("alert")).toBeHidden();
    await expect(page.getByRole("button", { name: /^Live briefing/ })).toBeVisible();
  });
});

test.describe("with JavaScript, React hydrates the prerendered page", () => {
  // Remember the h1 and the quote marks the HTML parser creates, before any script runs.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const parsed = new Set<Element>();
      (window as unknown as { parsedNodes: Set<Element> }).parsedNodes = parsed;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.matches("h1, mark[id]")) parsed.add(node);
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
  });

  /** Whether the page shows the very nodes the parser made: hydration adopted them instead of re-rendering. */
  async function keepsPrerenderedNodes(page: Page): Promise<boolean> {
    return page.evaluate(() => {
      const parsed = (window as unknown as { parsedNodes: Set<Element> }).parsedNodes;
      const shown = [...document.querySelectorAll("h1, mark[id]")];
      return shown.length > 1 && shown.every((node) => parsed.has(node));
    });
  }

  test("at / it adopts the server's nodes and becomes interactive", async ({ page }) => {
    const claim = claims[0];
    if (!claim) throw new Error("the content has no claims");
    await page.goto("/");
    const link = sidebar(page).getByRole("link", { name: claim.summary, exact: true });
    // `goto` has waited for <html data-hydrated> (see the fixture): React now handles the click.
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "true");
    expect(await keepsPrerenderedNodes(page)).toBe(true);
  });

  test("a quote page hydrates from its own prerendered state: the quote active before and after", async ({
    page,
  }) => {
    if (!lastQuote) throw new Error("the content has no quotes");
    await page.goto(`/q/${lastQuote.id}/`);
    await expect(page.locator(`mark[id="${lastQuote.id}"][aria-current="true"]`)).toHaveCount(1);
    expect(await keepsPrerenderedNodes(page)).toBe(true);
  });

  for (const [name, url, check] of [
    ["a quote link", `/#${lastQuote?.id ?? ""}`, `mark[id="${lastQuote?.id ?? ""}"][aria-current="true"]`],
    ["a theme link", `/?theme=${someTheme?.id ?? ""}`, `nav[aria-label="Themes"] a[aria-current="true"]`],
    [
      "a theme and quote link",
      `/?theme=${lastQuote?.themeId ?? ""}#${lastQuote?.id ?? ""}`,
      `mark[id="${lastQuote?.id ?? ""}"][aria-current="true"]`,
    ],
  ] as const) {
    test(`${name} is applied after hydration, without a mismatch`, async ({ page }) => {
      await page.goto(url);
      // The prerendered page is "/"; the URL's state appears once React has hydrated and read the real URL.
      await expect(page.locator(check)).toHaveCount(1);
      expect(await keepsPrerenderedNodes(page)).toBe(true);
    });
  }

  test("hydration reads the article and the claims from the page itself: the full content is never fetched", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    const claim = claims[0];
    if (!claim) throw new Error("the content has no claims");
    // The model was built from the page's texts: a claim still leads to its quote.
    await sidebar(page).getByRole("link", { name: claim.summary, exact: true }).click();
    const active = page.locator('mark[aria-current="true"]');
    await expect(active).toHaveCount(1);
    expect(claim.quotes.map((quote) => quote.id)).toContain(await active.getAttribute("id"));
    expect(scripts.some((path) => /\/index-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.filter((path) => /\/content-[\w-]+\.js$/.test(path))).toEqual([]);
  });

  test.describe("a page whose text was changed before hydration (an extension, a translation)", () => {
    test.use({ allowedConsoleErrors: [/Recoverable error while hydrating/] });

    test("gets the full content and shows the article as it is", async ({ page }) => {
      const [first] = article.paragraphs;
      if (!first) throw new Error("the article has no paragraphs");
      const opening = 'data-start="0">BRUSSELS';
      if (!first.startsWith("BRUSSELS")) throw new Error("the first paragraph no longer opens with BRUSSELS");
      await page.route("**/", async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        if (!html.includes(opening))
          throw new Error("the first paragraph's HTML has changed: update this test");
        await route.fulfill({ response, body: html.replace(opening, 'data-start="0">Brussels') });
      });
      const contentChunk = page.waitForRequest((request) =>
        /\/assets\/content-[\w-]+\.js$/.test(request.url()),
      );
      await page.goto("/");
      await contentChunk;
      await expect(page.locator("#article p[data-start]").first()).toHaveText(first);
    });
  });
});
