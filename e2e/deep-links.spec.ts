import type { Browser, Page } from "@playwright/test";
import { buildHref, passageFromRange } from "../src/lib/deep-link";
import { encodeTextDirective } from "../src/lib/deep-link/text-directive";
import { article, claims, quotes, quotesInReadingOrder, themes } from "./fixtures/content";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const text = article.paragraphs.join("\n\n");
const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const claimLink = (page: Page, claimId: string) =>
  sidebar(page).getByRole("link", {
    name: claims.find((c) => c.id === claimId)?.summary ?? claimId,
    exact: true,
  });
const themeChip = (page: Page, themeId: string) =>
  sidebar(page)
    .getByRole("navigation", { name: "Themes" })
    .getByRole("link", { name: new RegExp(`^${themes.find((t) => t.id === themeId)?.label ?? themeId}`) });
const notice = (page: Page) => page.getByRole("status").filter({ hasText: "could not be followed" });
const activeMark = (page: Page) => page.locator('article mark[aria-current="true"]');

/** The link a reader would share for the article text between the first occurrence of `exact`'s ends. */
function passageLink(exact: string, theme: string | null = null): string {
  const start = text.indexOf(exact);
  if (start === -1) throw new Error(`not in the article: ${exact}`);
  const passage = passageFromRange(text, start, start + exact.length);
  if (!passage) throw new Error("empty passage");
  return buildHref({ theme, quote: null, passage });
}

/** The article text inside the linked passage's highlight. */
async function passageText(page: Page): Promise<string> {
  return (await page.locator("article mark[data-passage]").allTextContents()).join("");
}

/** The article is all there: headline and every paragraph. */
async function expectWholeArticle(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
  await expect(page.locator("article p[data-start]")).toHaveCount(article.paragraphs.length);
}

test.describe("links open the reader exactly there", () => {
  test("a quote link makes the quote and its claim current and shows both", async ({ page }) => {
    const quote = quotes.find((q) => q.id === "negotiations-support-today");
    await page.goto("/#negotiations-support-today");
    const mark = page.locator("#negotiations-support-today");
    await expect(mark).toHaveAttribute("aria-current", "true");
    await expect(mark).toBeInViewport();
    await expect(claimLink(page, quote?.claimId ?? "")).toHaveAttribute("aria-current", "true");
    await expect(claimLink(page, quote?.claimId ?? "")).toBeInViewport();
    await expect(notice(page)).toHaveCount(0);
  });

  test("a theme link focuses the theme", async ({ page }) => {
    await page.goto("/?theme=negotiations");
    await expect(themeChip(page, "negotiations")).toHaveAttribute("aria-current", "true");
    await expect(activeMark(page)).toHaveCount(0);
  });

  test("a theme and a quote combine", async ({ page }) => {
    await page.goto("/?theme=negotiations#negotiations-support-today");
    await expect(themeChip(page, "negotiations")).toHaveAttribute("aria-current", "true");
    await expect(page.locator("#negotiations-support-today")).toHaveAttribute("aria-current", "true");
  });

  test("a passage link highlights that passage as the current mark and scrolls to it", async ({ page }) => {
    const exact = "the Russian troops lack in quality, they try to make up in quantity";
    await page.goto(passageLink(exact));
    await expect(activeMark(page)).toHaveCount(1);
    await expect(activeMark(page)).toContainText("the Russian troops lack");
    await expect(activeMark(page)).toBeInViewport();
    expect(await passageText(page)).toBe(exact);
  });

  test("a long passage link lands on the whole passage", async ({ page }) => {
    const exact = article.paragraphs[12] ?? "";
    await page.goto(passageLink(exact));
    await expect(activeMark(page)).toContainText("But what we know is that");
    await expect(page.locator("article mark[data-passage]").last()).toContainText("Stoltenberg said.");
  });

  test("a passage link made before a small edit still lands", async ({ page }) => {
    // As if the link was made when the text read "Russian troops lacks in quality".
    const link = passageLink("the Russian troops lack in quality").replace("troops%20lack", "troops%20lacks");
    expect(link).toContain("troops%20lacks%20in");
    await page.goto(link);
    await expect(activeMark(page)).toContainText("the Russian troops lack in quality");
    await expect(notice(page)).toHaveCount(0);
  });
});

test.describe("the address bar follows the reader, and Back moves it as a fresh load would", () => {
  test("clicking a claim puts its quote link in the address bar", async ({ page }) => {
    await page.goto("/");
    const quote = quotes.find((q) => q.id === "stakes-security-interest");
    await claimLink(page, quote?.claimId ?? "").click();
    await expect(page).toHaveURL(/\/#stakes-security-interest$/);
  });

  test("j/k update the address bar but add one history entry per run", async ({ page }) => {
    await page.goto("/");
    const third = quotesInReadingOrder[2];
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(page).toHaveURL(new RegExp(`#${third?.id}$`));
    await expect(page.locator(`[id="${third?.id}"]`)).toHaveAttribute("aria-current", "true");
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(activeMark(page)).toHaveCount(0);
    await page.goForward();
    await expect(page.locator(`[id="${third?.id}"]`)).toHaveAttribute("aria-current", "true");
  });

  test("Back and Forward move between clicked quotes and themes", async ({ page }) => {
    await page.goto("/#attrition-main-challenge");
    await claimLink(page, "self-defence-war-of-aggression").click();
    await expect(page.locator("#self-defence-war-of-aggression")).toHaveAttribute("aria-current", "true");
    await page.goBack();
    await expect(page.locator("#attrition-main-challenge")).toHaveAttribute("aria-current", "true");
    await expect(page.locator("#attrition-main-challenge")).toBeInViewport();
    await page.goForward();
    await expect(page.locator("#self-defence-war-of-aggression")).toHaveAttribute("aria-current", "true");
  });

  test("editing the fragment by hand moves the reader", async ({ page }) => {
    await page.goto("/");
    await page.evaluate(() => {
      window.location.hash = "#forces-russian-morale";
    });
    await expect(page.locator("#forces-russian-morale")).toHaveAttribute("aria-current", "true");
    await expect(page.locator("#forces-russian-morale")).toBeInViewport();
    await page.evaluate(() => {
      window.location.hash = "#no-such-quote";
    });
    await expect(notice(page)).toContainText("“no-such-quote”");
  });
});

test.describe("links that cannot be followed get a polite notice and the whole article", () => {
  const cases: [string, string, RegExp][] = [
    ["an unknown quote", "/#no-such-quote", /a quote, “no-such-quote”, that this article does not have/],
    ["an unknown theme", "/?theme=weather", /a theme, “weather”, that this article does not have/],
    ["bad percent-encoding", "/#%E0%A4%A", /invalid %-escape/],
    ["an unexpected parameter", "/?page=2", /parameter this page does not use \(“page”\)/],
    [
      "a passage that is not in the article",
      passageLink("the Russian troops").replace(/~.*/, "~,sunny%20weather,"),
      /“sunny weather”\) could not be found/,
    ],
    ["a damaged passage link", "/#passage=12-4~a,b,c", /end position is not after its start/],
    ["an absurdly long link", `/#${"x".repeat(9000)}`, /more than the 8000/],
  ];
  for (const [name, href, message] of cases) {
    test(name, async ({ page }) => {
      await page.goto(href);
      await expect(notice(page)).toBeVisible();
      await expect(notice(page)).toContainText(message);
      await expectWholeArticle(page);
    });
  }

  test("markup and script in a link are shown as text, never run", async ({ page }) => {
    const payload = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>";
    await page.goto(`/?theme=${encodeURIComponent(payload)}#${encodeURIComponent(payload)}`);
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toContainText("The theme of this link could not be read");
    await expectWholeArticle(page);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator("img")).toHaveCount(0);
  });

  test("the notice is accessible, keeps what could be followed, and dismissing it cleans the link", async ({
    page,
  }) => {
    await page.goto("/?theme=negotiations#no-such-quote");
    await expect(notice(page)).toBeVisible();
    await expect(themeChip(page, "negotiations")).toHaveAttribute("aria-current", "true");
    await expectNoAxeViolations(page, "link notice");
    await notice(page).getByRole("button", { name: "Dismiss" }).click();
    await expect(notice(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/\?theme=negotiations$/);
  });
});

test.describe("sharing", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a claim's Copy link copies a link that opens that claim", async ({ page }) => {
    await page.goto("/");
    const claim = claimLink(page, "stakes-security-interest").locator("xpath=ancestor::li[1]");
    await claim.getByRole("button", { name: /^Copy link/ }).click();
    await expect(claim.getByRole("status")).toHaveText("Link copied");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The quote's own page: a link unfurlers can read (they never see a #fragment).
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/q\/stakes-security-interest\/$/);
    await page.goto(link);
    await expect(claimLink(page, "stakes-security-interest")).toHaveAttribute("aria-current", "true");
  });

  test("when the clipboard is refused, the link is shown selected in a field", async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Refused", "NotAllowedError"));
    });
    await page.goto("/");
    const claim = claimLink(page, "stakes-security-interest").locator("xpath=ancestor::li[1]");
    await claim.getByRole("button", { name: /^Copy link/ }).click();
    const field = claim.getByRole("textbox", { name: /^Link to/ });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(/\/q\/stakes-security-interest\/$/);
    expect(
      await field.evaluate((f: HTMLInputElement) => (f.selectionEnd ?? 0) - (f.selectionStart ?? 0)),
    ).toBe((await field.inputValue()).length);
    await expect(claim.getByRole("status")).toContainText("not allowed");
  });

  test("selecting a passage offers a popover whose link opens that passage", async ({ page }) => {
    await page.goto("/");
    const paragraph = page.locator("article p[data-start]").nth(9);
    await paragraph.scrollIntoViewIfNeeded();
    const box = await paragraph.boundingBox();
    if (!box) throw new Error("paragraph not laid out");
    await page.mouse.move(box.x + 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 8, { steps: 5 });
    await page.mouse.up();
    const selected = (await page.evaluate(() => getSelection()?.toString() ?? "")).trim();
    expect(selected.length).toBeGreaterThan(5);
    const popover = page.getByRole("group", { name: "Selected passage" });
    await expect(popover).toBeVisible();
    await expectNoAxeViolations(page, "selection popover");
    await popover.getByRole("button", { name: /^Copy link/ }).click();
    await expect(popover.getByRole("status")).toHaveText("Link copied");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain("#passage=");
    await page.goto(link);
    await expect(activeMark(page)).toBeInViewport();
    expect(await passageText(page)).toBe(selected);
    await page.keyboard.press("Escape");
  });
});

/** A text fragment as a browser's "Copy link to highlight" writes it, e.g. `/#:~:text=we%20are-,ready`. */
const textFragment = (prefix: string | null, start: string, end: string | null, suffix: string | null) =>
  `/#:~:${encodeTextDirective({ prefix, start, end, suffix })}`;

/** Opens `href` where the app cannot run: what the browser does with a link by itself. */
async function openWithoutApp(browser: Browser, baseURL: string | undefined, href: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(href);
  return { page, close: () => context.close() };
}

test.describe("a browser's text fragment (Copy link to highlight) opens the passage as a passage link does", () => {
  const ready = "we are ready to support Ukraine for as long as it takes";
  const readyLink = textFragment('NATO chief said that "', "we are ready", "as long as it takes", null);
  const notices = (page: Page) =>
    page.getByRole("status").filter({ hasText: /could not be followed|This passage has changed/ });

  test("highlighted and scrolled to, although Chromium hides the text fragment from location", async ({
    page,
  }) => {
    await page.goto(readyLink);
    expect(await page.evaluate(() => location.hash), "Chromium strips :~: from location").toBe("");
    await expect(page.locator("article mark[data-passage]").first()).toBeInViewport();
    expect(await passageText(page)).toBe(ready);
    await expect(notices(page)).toHaveCount(0);
  });

  test("on a quote page, the text fragment wins over the page's quote", async ({ page }) => {
    await page.goto(`/q/attrition-main-challenge${readyLink.slice(1)}`);
    expect(await passageText(page)).toBe(ready);
    await expect(activeMark(page)).toHaveCount(1);
    await expect(page.locator("#attrition-main-challenge")).not.toHaveAttribute("aria-current", "true");
  });

  test("after a one-word edit that Chromium alone does not survive, the passage as it reads now, with the notice", async ({
    page,
    browser,
    baseURL,
  }) => {
    // Made when the article said "stepping up" where it now says "ramping up".
    const made = textFragment(
      null,
      "So now we're also working hard stepping up production",
      null,
      ", so we can",
    );
    const alone = await openWithoutApp(browser, baseURL, made);
    await expect(
      alone.page.getByRole("heading", { level: 1 }),
      "Chromium finds nothing: stays at the top",
    ).toBeInViewport();
    await alone.close();

    await page.goto(made);
    await expect(
      page.getByRole("status").filter({ hasText: "This passage has changed since the link was made." }),
    ).toBeVisible();
    expect(await passageText(page)).toBe("So now we're also working hard ramping up production");
    await expect(page.locator("article mark[data-passage]").first()).toBeInViewport();
  });

  test("a text fragment the reader cannot read gets a polite notice, and the whole article", async ({
    page,
  }) => {
    await page.goto("/#:~:text=a,b,c");
    await expect(notice(page)).toContainText("text fragment");
    await expectWholeArticle(page);
  });

  test("every passage link the reader makes ends with a text directive, which Chromium alone highlights", async ({
    page,
    browser,
    baseURL,
  }) => {
    const exact = "inextricably linked to the strength of the battlefield";
    const link = passageLink(exact);
    expect(link).toMatch(/^\/#passage=\d+-\d+~[^#]*:~:text=[^#:]+$/);
    const alone = await openWithoutApp(browser, baseURL, link);
    await expect(alone.page.locator("article p[data-start]").filter({ hasText: exact })).toBeInViewport();
    await expect(alone.page.getByRole("heading", { level: 1 })).not.toBeInViewport();
    await alone.close();

    await page.goto(link);
    expect(await passageText(page)).toBe(exact);
    await expect(notices(page)).toHaveCount(0);
  });
});

test.describe("link previews", () => {
  test("index.html states the article's title, description and publisher for link previews", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    expect(html).toContain("<title>Stoltenberg Says NATO &#39;Ramping Up&#39;");
    expect(html).toMatch(/<meta name="description" content="BRUSSELS -- NATO member states/);
    expect(html).toMatch(/<meta property="og:title" content="Stoltenberg Says NATO/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "{}";
    expect(JSON.parse(jsonLd)).toMatchObject({
      "@type": "NewsArticle",
      headline: article.headline,
      publisher: { name: "RFE/RL" },
    });
    expect(html).not.toMatch(/datePublished/);
    // The only image is the article's own card, drawn at build time (e2e/quote-pages.spec.ts checks it).
    expect(html).toMatch(/<meta property="og:image" content="(?:https?:\/\/[^"]*)?\/card\.png" \/>/);
  });
});
