import type { Page } from "@playwright/test";
import { article, claims, quotes, quotesInReadingOrder, themes } from "./fixtures/content";
import { accessibleText, expect, expectNoAxeViolations, pointAt, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
/** A quote's tick on the theme map shown at this width. */
const mapTick = (page: Page, quoteId: string) =>
  page.getByRole("navigation", { name: "Theme map" }).locator(`a[href="#${quoteId}"]`);
const claimLink = (page: Page, claimId: string) =>
  sidebar(page).getByRole("link", {
    name: claims.find((c) => c.id === claimId)?.summary ?? claimId,
    exact: true,
  });

test.describe("reading the article", () => {
  test("shows the article verbatim: one h1, the caption, every body paragraph in order, no promo", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
    await expect(page.getByText(article.caption)).toBeVisible();
    const body = page.getByRole("article", { name: article.headline }).locator("p[data-start]");
    await expect(body).toHaveCount(article.paragraphs.length);
    // The DOM text of each paragraph is the source paragraph: theme names for screen readers are not in it.
    expect(await body.allTextContents()).toEqual(article.paragraphs);
    await expect(page.getByRole("article", { name: article.headline })).not.toContainText(article.promo.text);
    await expect(page.locator("img")).toHaveCount(0);
  });

  test("lists every theme and claim in the sidebar and highlights every quote", async ({ page }) => {
    await page.goto("/");
    for (const theme of themes) {
      await expect(sidebar(page).getByRole("heading", { name: theme.label, level: 3 })).toBeVisible();
    }
    for (const claim of claims) await expect(claimLink(page, claim.id)).toBeVisible();
    for (const quote of quotes) {
      await expect(page.locator(`mark[id="${quote.id}"]`)).toHaveCount(1);
      // A quote crossed by another is drawn in pieces; together they hold exactly the quote.
      const pieces = await page.locator(`mark[data-quote="${quote.id}"]`).allTextContents();
      expect(pieces.join("")).toBe(quote.exact);
    }
  });

  test("names each highlight's theme for assistive technology, outside the article's text", async ({
    page,
  }) => {
    await page.goto("/");
    for (const quote of quotes) {
      const theme = themes.find((t) => t.id === quote.themeId);
      const mark = page.locator(`mark[id="${quote.id}"]`);
      const spoken = await accessibleText(page, mark);
      expect(spoken, quote.id).toMatch(new RegExp(`^${theme?.label ?? "?"} quote: `));
      await expect(mark).not.toContainText(" quote:");
    }
  });
});

test.describe("claims and quotes link both ways", () => {
  test("a claim scrolls its quote into view and both become current", async ({ page }) => {
    await page.goto("/");
    await claimLink(page, "self-defence-war-of-aggression").click();
    const mark = page.locator("#self-defence-war-of-aggression");
    await expect(mark).toHaveAttribute("aria-current", "true");
    await expect(mark).toBeInViewport();
    await expect(claimLink(page, "self-defence-war-of-aggression")).toHaveAttribute("aria-current", "true");
    // The quote, its claim and the quote's tick on the theme map: nothing else is current.
    await expect(page.locator("[aria-current]:visible")).toHaveCount(3);
    await expect(mapTick(page, "self-defence-war-of-aggression")).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveURL(/#self-defence-war-of-aggression$/);
  });

  test("Enter on a claim works like a click", async ({ page }) => {
    await page.goto("/");
    await claimLink(page, "negotiations-ukraine-decides").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#negotiations-for-ukraine-to-decide")).toHaveAttribute("aria-current", "true");
  });

  test("a claim with two quotes steps to its second quote when chosen again", async ({ page }) => {
    await page.goto("/");
    await claimLink(page, "production-working-hard").click();
    await expect(page.locator("#production-working-hard")).toHaveAttribute("aria-current", "true");
    await claimLink(page, "production-working-hard").click();
    await expect(page.locator("#production-extremely-important")).toHaveAttribute("aria-current", "true");
    await expect(page.locator("mark[aria-current]")).toHaveCount(1);
  });

  test("clicking a highlight makes its claim current and scrolls it into view in the sidebar", async ({
    page,
  }) => {
    await page.goto("/");
    const mark = page.locator("#support-we-will-do-that");
    await pointAt(page, mark, "click");
    const claim = claimLink(page, "support-self-defence-as-long");
    await expect(claim).toHaveAttribute("aria-current", "true");
    await expect(claim).toBeInViewport();
    await expect(mark).toHaveAttribute("aria-current", "true");
    await expect(page.locator("[aria-current]:visible")).toHaveCount(3);
    await expect(mapTick(page, "support-we-will-do-that")).toHaveAttribute("aria-current", "true");
  });

  test("overlapping quotes each activate on their own", async ({ page }) => {
    await page.goto("/");
    await claimLink(page, "attrition-main-challenge").click();
    await expect(page.locator("#attrition-main-challenge")).toHaveAttribute("aria-current", "true");
    await pointAt(
      page,
      page.getByRole("article", { name: article.headline }).getByText("supplies to the front lines"),
      "click",
    );
    await expect(page.locator("#attrition-battle-of-logistics")).toHaveAttribute("aria-current", "true");
    await expect(claimLink(page, "attrition-logistics")).toHaveAttribute("aria-current", "true");
  });

  test("hovering a claim previews its quotes; hovering a quote previews its claim", async ({ page }) => {
    await page.goto("/");
    await claimLink(page, "forces-russian-shortcomings").hover();
    await expect(page.locator("#forces-russian-morale")).toHaveAttribute("data-preview", "true");
    await expect(page.locator("#forces-russian-leadership")).toHaveAttribute("data-preview", "true");
    await expect(page.locator("#production-working-hard")).not.toHaveAttribute("data-preview", "true");
    await pointAt(page, page.locator("#stakes-security-interest"), "hover");
    const summary = claims.find((c) => c.id === "stakes-security-interest")?.summary ?? "";
    const item = sidebar(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: summary, exact: true }) });
    await expect(item).toHaveAttribute("data-preview", "true");
  });
});

test.describe("focusing a theme", () => {
  test("shows that theme alone, recedes the other highlights, and clears again", async ({ page }) => {
    await page.goto("/");
    const toggle = sidebar(page).getByRole("link", { name: /^Negotiations/ });
    await expect(toggle).not.toHaveAttribute("aria-current");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-current", "true");
    await expect(sidebar(page).getByRole("heading", { level: 3 })).toHaveText(["Negotiations"]);
    await expect(page.locator("#negotiations-support-today")).not.toHaveAttribute("data-recede", "true");
    await expect(page.locator("#attrition-main-challenge")).toHaveAttribute("data-recede", "true");
    const receded = await page
      .locator("#attrition-main-challenge")
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(receded).toBe("rgba(0, 0, 0, 0)");
    // The site bar names the focused theme and clears it.
    await page.getByRole("banner").getByRole("link", { name: "Show all themes" }).click();
    await expect(toggle).not.toHaveAttribute("aria-current");
    await expect(sidebar(page).getByRole("heading", { level: 3 })).toHaveCount(themes.length);
  });
});

test.describe("keyboard", () => {
  test("j and k walk the quotes in reading order", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("j");
    const [first, second] = quotesInReadingOrder;
    await expect(page.locator(`#${first?.id}`)).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("j");
    await expect(page.locator(`#${second?.id}`)).toHaveAttribute("aria-current", "true");
    await expect(page.locator(`#${second?.id}`)).toBeInViewport();
    await page.keyboard.press("k");
    await expect(page.locator(`#${first?.id}`)).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("k");
    const last = quotesInReadingOrder.at(-1);
    await expect(page.locator(`#${last?.id}`)).toHaveAttribute("aria-current", "true");
  });

  test("] and [ focus themes; j stays within the focused theme; Escape clears", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("]");
    const pressed = sidebar(page).locator('nav[aria-label="Themes"] [aria-current="true"]');
    await expect(pressed).toHaveText(new RegExp(`^${themes[0]?.label}`));
    await page.keyboard.press("]");
    await expect(pressed).toHaveText(new RegExp(`^${themes[1]?.label}`));
    await page.keyboard.press("[");
    await expect(pressed).toHaveText(new RegExp(`^${themes[0]?.label}`));
    const inTheme = quotesInReadingOrder.filter((q) => q.themeId === themes[0]?.id);
    for (const quote of [...inTheme, inTheme[0]]) {
      await page.keyboard.press("j");
      await expect(page.locator(`#${quote?.id}`)).toHaveAttribute("aria-current", "true");
    }
    await page.keyboard.press("Escape");
    await expect(page.locator("[aria-current]")).toHaveCount(0);
    await expect(pressed).toHaveCount(0);
  });

  test("? opens the shortcuts dialog; Escape closes it and returns focus", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    for (const key of ["j", "k", "]", "[", "Escape", "?"]) {
      await expect(dialog.locator("kbd", { hasText: new RegExp(`^\\${key}$`) })).toBeVisible();
    }
    await expectNoAxeViolations(page, "shortcuts dialog");
    await page.keyboard.press("j");
    await expect(page.locator("mark[aria-current]")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("? then Escape before the dialog's code has arrived leaves it shut, in the order pressed", async ({
    page,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/ShortcutsDialog-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/");
    const asked = page.waitForRequest(/\/assets\/ShortcutsDialog-[^/]+\.js$/);
    await page.keyboard.press("?");
    await asked;
    await page.keyboard.press("Escape");
    const arrived = page.waitForResponse(/\/assets\/ShortcutsDialog-[^/]+\.js$/);
    release();
    await arrived;
    // Mounted shut once its code is here: the dialog element exists, closed.
    await expect(page.locator("dialog")).toHaveCount(1);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  });

  test.describe("when the shortcuts' code cannot be fetched (offline)", () => {
    // One pattern: test.use would read a second element of the array as the fixture's options.
    test.use({
      allowedConsoleErrors: [
        /^(The keyboard shortcuts could not be loaded|Failed to load resource: the server responded with a status of 404)/,
      ],
    });

    test("? says so, and the message closes", async ({ page }) => {
      // The dialog is a chunk of its own, fetched when first wanted: the prerendered page has none.
      await page.route(/\/assets\/ShortcutsDialog-[^/]+\.js$/, (route) => route.fulfill({ status: 404 }));
      await page.goto("/");
      await expect(page.getByRole("dialog")).toHaveCount(0);
      await page.keyboard.press("?");
      const alert = page.getByRole("alert").filter({ hasText: "keyboard shortcuts could not be loaded" });
      await expect(alert).toBeVisible();
      await alert.getByRole("button", { name: "Close" }).click();
      await expect(alert).toHaveCount(0);
    });
  });

  test("shortcuts never fire while the reader types in a field", async ({ page }) => {
    await page.goto("/");
    // Any text field the page may hold: the shortcuts listen at the document level.
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.setAttribute("aria-label", "Scratch field");
      document.querySelector("main")?.prepend(input);
    });
    await page.getByLabel("Scratch field").fill("jk][");
    await expect(page.getByLabel("Scratch field")).toHaveValue("jk][");
    await expect(page.locator("[aria-current]")).toHaveCount(0);
    await expect(sidebar(page).locator('nav[aria-label="Themes"] [aria-current="true"]')).toHaveCount(0);
  });

  test("Tab reaches the skip link first, then the tools, and focus is visible", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to article" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
  });
});

test.describe("narrow screens", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });

  test("no horizontal scrolling; the claims open from a labelled button; tapping a highlight shows its claim", async ({
    page,
  }) => {
    await page.goto("/");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await expect(sidebar(page)).toBeHidden();
    const open = page.getByRole("button", { name: /^Claims by theme/ });
    await expect(open).toHaveAttribute("aria-expanded", "false");
    await open.click();
    await expect(sidebar(page)).toBeVisible();
    await expect(open).toHaveAttribute("aria-expanded", "true");
    await expectNoAxeViolations(page, "narrow screen, claims open");
    await sidebar(page).getByRole("button", { name: "Close claims" }).click();
    await expect(sidebar(page)).toBeHidden();
    await expect(open).toBeFocused();

    await pointAt(page, page.locator("#stakes-tragedy-and-danger"), "tap");
    await expect(sidebar(page)).toBeVisible();
    const claim = claimLink(page, "stakes-tragedy-and-danger");
    await expect(claim).toHaveAttribute("aria-current", "true");
    await expect(claim).toBeInViewport();
  });
});

test.describe("accessibility", () => {
  test("axe finds no WCAG A/AA violations by default, with a theme focused, and with a quote active", async ({
    page,
  }) => {
    await page.goto("/");
    await expectNoAxeViolations(page, "default");
    await sidebar(page)
      .getByRole("link", { name: /^Quality vs quantity/ })
      .click();
    await expectNoAxeViolations(page, "theme focused");
    await page.keyboard.press("j");
    await expect(page.locator("mark[aria-current]")).toHaveCount(1);
    await expectNoAxeViolations(page, "quote active");
  });
});
