import type { APIRequestContext, Page } from "@playwright/test";
import { claims, quotes, themes } from "./fixtures/content";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce", permissions: ["clipboard-read", "clipboard-write"] });

/** Slack reads no further than this into a page's HTML; the preview tags must come before it. */
const UNFURL_BYTES = 32 * 1024;

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const claimLink = (page: Page, claimId: string) =>
  sidebar(page).getByRole("link", {
    name: claims.find((c) => c.id === claimId)?.summary ?? claimId,
    exact: true,
  });
const claimItem = (page: Page, claimId: string) => claimLink(page, claimId).locator("xpath=ancestor::li[1]");
const notice = (page: Page) => page.getByRole("status").filter({ hasText: "could not be followed" });

function decodeEntities(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** The meta tags of the first `UNFURL_BYTES` of a page, fetched as an unfurler does: no JavaScript, no fragment. */
async function unfurl(request: APIRequestContext, url: string, status = 200) {
  const response = await request.get(url);
  expect(response.status()).toBe(status);
  const head = (await response.body()).subarray(0, UNFURL_BYTES).toString("utf8");
  const tags = new Map<string, string>();
  for (const [, key, content] of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)) {
    if (key && content !== undefined && !tags.has(key)) tags.set(key, decodeEntities(content));
  }
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1];
  return { tags, title: title === undefined ? undefined : decodeEntities(title) };
}

/** Fetches an image URL and reads its type and size from the PNG header. */
async function fetchCard(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
}

/** Copies a claim's link with its Copy link button and returns it. */
async function copyClaimLink(page: Page, claimId: string): Promise<string> {
  const item = claimItem(page, claimId);
  await item.getByRole("button", { name: /^Copy link/ }).click();
  await expect(item.getByRole("status")).toHaveText("Link copied");
  return page.evaluate(() => navigator.clipboard.readText());
}

// Quotes from different themes and places in the article, one of them a claim's second quote.
const sampled = ["attrition-main-challenge", "negotiations-support-today", "self-defence-un-charter"];

test.describe("a shared quote is a page of its own", () => {
  for (const quoteId of sampled) {
    test(`Copy link for ${quoteId}: its page unfurls as the quote and opens on it`, async ({
      page,
      request,
    }) => {
      const quote = quotes.find((q) => q.id === quoteId);
      if (!quote) throw new Error(`no quote ${quoteId}`);
      await page.goto(`/#${quoteId}`);
      const link = await copyClaimLink(page, quote.claimId);
      const url = new URL(link);
      expect(url.pathname).toBe(`/q/${quoteId}/`);
      expect(url.hash).toBe("");

      const { tags, title } = await unfurl(request, link);
      expect(title).toContain(quote.exact.slice(0, 40));
      expect(tags.get("og:description")).toContain(`“${quote.exact}” — Jens Stoltenberg`);
      expect(tags.get("og:title")).toContain(quote.exact.slice(0, 40));
      expect(tags.get("og:type")).toBe("article");
      expect(tags.get("og:site_name")).toBe("The annotated reader");
      expect(tags.get("twitter:card")).toBe("summary_large_image");
      expect(tags.get("og:image:alt")).toContain(quote.exact);
      expect([tags.get("og:image:width"), tags.get("og:image:height")]).toEqual(["1200", "630"]);
      // Relative without SITE_URL, absolute with it: either way it resolves to this page and its card.
      expect(new URL(tags.get("og:url") ?? "?", link).pathname).toBe(`/q/${quoteId}/`);
      const image = new URL(tags.get("og:image") ?? "?", link);
      expect(image.pathname).toBe(`/q/${quoteId}/card.png`);
      const card = await fetchCard(request, new URL(image.pathname, link).href);
      expect([card.width, card.height]).toEqual([1200, 630]);
      expect(card.bytes).toBeLessThanOrEqual(300_000);

      await page.goto("/");
      await page.goto(link);
      const mark = page.locator(`mark[id="${quoteId}"]`);
      await expect(mark).toHaveAttribute("aria-current", "true");
      await expect(mark).toBeInViewport();
      await expect(claimLink(page, quote.claimId)).toHaveAttribute("aria-current", "true");
      await expect(claimLink(page, quote.claimId)).toBeInViewport();
      await expect(notice(page)).toHaveCount(0);
      await expect(page).toHaveURL(link);
    });
  }

  test("a claim showing its second quote shares that quote's page", async ({ page }) => {
    const claim = claims.find((c) => c.quotes.length > 1);
    const second = claim?.quotes[1];
    if (!claim || !second) throw new Error("the content has no claim with two quotes");
    await page.goto("/");
    await claimLink(page, claim.id).click();
    await claimLink(page, claim.id).click();
    await expect(page.locator(`mark[id="${second.id}"]`)).toHaveAttribute("aria-current", "true");
    expect(new URL(await copyClaimLink(page, claim.id)).pathname).toBe(`/q/${second.id}/`);
  });

  test("the head's preview tags come early, well inside what unfurlers read", async ({ request }) => {
    for (const path of ["/", `/q/${quotes[0]?.id ?? ""}/`, `/t/${themes[0]?.id ?? ""}/`]) {
      const html = await (await request.get(path)).text();
      const lastTag = Math.max(...["og:image:alt", "twitter:card", "og:url"].map((key) => html.indexOf(key)));
      expect(lastTag, path).toBeGreaterThan(0);
      expect(Buffer.byteLength(html.slice(0, lastTag)), path).toBeLessThan(8 * 1024);
    }
  });

  test("a theme page unfurls as its theme and opens with it focused; the article has its own card", async ({
    page,
    request,
  }) => {
    const theme = themes.find((t) => t.id === "negotiations");
    const { tags } = await unfurl(request, "/t/negotiations/");
    expect(tags.get("og:title")).toMatch(/^Negotiations: \d+ claims in “/);
    expect(tags.get("og:description")).toMatch(/^Who sets the terms/);
    const themeCard = await fetchCard(
      request,
      new URL(tags.get("og:image") ?? "?", "http://x/t/negotiations/").pathname,
    );
    expect([themeCard.width, themeCard.height]).toEqual([1200, 630]);
    const article = await unfurl(request, "/");
    const articleCard = await fetchCard(
      request,
      new URL(article.tags.get("og:image") ?? "?", "http://x/").pathname,
    );
    expect([articleCard.width, articleCard.height]).toEqual([1200, 630]);

    await page.goto("/t/negotiations/");
    await expect(
      sidebar(page)
        .getByRole("navigation", { name: "Themes" })
        .getByRole("link", { name: new RegExp(`^${theme?.label ?? "?"}`) }),
    ).toHaveAttribute("aria-current", "true");
  });
});

test("a quote page and a theme page pass axe as they open", async ({ page }) => {
  await page.goto("/q/negotiations-support-today/");
  await expectNoAxeViolations(page, "quote page");
  await page.goto("/t/negotiations/");
  await expectNoAxeViolations(page, "theme page");
});

test.describe("leaving a quote page and coming back", () => {
  test("the reader writes root links from a quote page, and Back and Forward cross between them", async ({
    page,
  }) => {
    const first = quotes.find((q) => q.id === "attrition-main-challenge");
    const other = claims.find((c) => c.id === "negotiations-support-today");
    if (!first || !other) throw new Error("fixture");
    await page.goto(`/q/${first.id}/`);
    await claimLink(page, other.id).click();
    await expect(page).toHaveURL(/\/#negotiations-support-today$/);
    await expect(page.locator("#negotiations-support-today")).toHaveAttribute("aria-current", "true");

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/q/${first.id}/$`));
    await expect(page.locator(`#${first.id}`)).toHaveAttribute("aria-current", "true");
    await expect(page.locator(`#${first.id}`)).toBeInViewport();

    await page.goForward();
    await expect(page).toHaveURL(/\/#negotiations-support-today$/);
    await expect(page.locator("#negotiations-support-today")).toHaveAttribute("aria-current", "true");
  });

  test("a fragment added to a quote page's address wins over the page's quote", async ({ page }) => {
    await page.goto("/q/attrition-main-challenge/#self-defence-un-charter");
    await expect(page.locator("#self-defence-un-charter")).toHaveAttribute("aria-current", "true");
    await expect(page.locator("#attrition-main-challenge")).not.toHaveAttribute("aria-current", "true");
  });
});

test.describe("an address that is no page", () => {
  // Chromium logs the page's own 404 status as an error: provoked on purpose here.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("unfurls as not found, never as the article: its own title and description, no card, noindex", async ({
    request,
  }) => {
    const article = await unfurl(request, "/");
    for (const path of ["/q/nope/", "/t/nope/", "/some/old/link"]) {
      const { tags, title } = await unfurl(request, path, 404);
      expect(title, path).toMatch(/^Page not found — /);
      expect(tags.get("og:title"), path).toBe("Page not found");
      expect(tags.get("description"), path).toBe("There is no page of this reader at this address.");
      expect(tags.get("og:description"), path).toBe(tags.get("description"));
      expect(tags.get("robots"), path).toBe("noindex");
      expect(tags.get("twitter:card"), path).toBe("summary");
      for (const key of ["og:image", "og:image:alt", "og:url"])
        expect(tags.has(key), `${path} ${key}`).toBe(false);
      for (const key of ["og:title", "og:description", "description"]) {
        expect(tags.get(key), `${path} ${key}`).not.toBe(article.tags.get(key));
      }
    }
  });

  test("gets the 404 page: the whole reader with a polite notice naming the quote, which Dismiss clears", async ({
    page,
  }) => {
    const response = await page.goto("/q/no-such-quote/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(notice(page)).toContainText("“no-such-quote”");
    await expect(page).toHaveTitle(/^Page not found — /);
    await expectNoAxeViolations(page, "404 page");
    await notice(page).getByRole("button", { name: "Dismiss" }).click();
    await expect(notice(page)).toHaveCount(0);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    // What is shown now is the article, at its own address: the tab says so.
    await expect(page).toHaveTitle(/ — annotated$/);
    await expect(page).not.toHaveTitle(/^Page not found/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const quoteId of sampled) {
    test(`/q/${quoteId}/ opens on its quote, highlighted, and its claim`, async ({ page }) => {
      const quote = quotes.find((q) => q.id === quoteId);
      await page.goto(`/q/${quoteId}/`);
      const mark = page.locator(`mark[id="${quoteId}"]`);
      await expect(mark).toHaveAttribute("aria-current", "true");
      // Drawn as the active quote: tinted, with a thick underline.
      await expect(mark).toHaveCSS("text-decoration-thickness", "3px");
      await expect(mark).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
      await expect(mark).toBeInViewport();
      await expect(claimLink(page, quote?.claimId ?? "?")).toHaveAttribute("aria-current", "true");
    });
  }

  test.describe("at an unknown path", () => {
    test.use({
      allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/],
    });

    test("an unknown path shows the article with a polite notice", async ({ page }) => {
      const response = await page.goto("/some/old/link");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(notice(page)).toContainText("There is no page of this reader at this address.");
      await expect(page.locator("article p[data-start]").first()).toBeVisible();
    });
  });
});

test.describe("another spelling of a page's address", () => {
  const canonical = "/q/attrition-main-challenge/";
  const spellings = [
    "/q/attrition-main-challenge",
    "/q/attrition-main-challenge//",
    "/Q/Attrition-Main-Challenge/",
    "/q/attrition-main-challenge/index.html",
    "//q/attrition-main-challenge/",
  ];

  test("redirects permanently to the page's own address, keeping the query", async ({ request, baseURL }) => {
    for (const path of spellings) {
      // Absolute: "//q/…" alone would be read as a host name.
      const response = await request.get(`${baseURL ?? ""}${path}?theme=war-of-attrition`, {
        maxRedirects: 0,
      });
      expect(response.status(), path).toBe(301);
      expect(response.headers().location, path).toBe(`${canonical}?theme=war-of-attrition`);
    }
  });

  test("opens the page itself, its quote active and no notice, at its own address", async ({ page }) => {
    await page.goto("/q/attrition-main-challenge//");
    await expect(page).toHaveURL(new RegExp(`${canonical}$`));
    await expect(page.locator("#attrition-main-challenge")).toHaveAttribute("aria-current", "true");
    await expect(notice(page)).toHaveCount(0);
    await expect(page).toHaveTitle(/^“The main challenge/);
  });
});

test("the tab's title names what is shown, also after leaving a quote page", async ({ page }) => {
  await page.goto("/q/forces-russian-morale/");
  await expect(page).toHaveTitle(/^“there is low morale/);
  await page.keyboard.press("j");
  await expect(page).toHaveURL(/\/#forces-russian-leadership$/);
  await expect(page).toHaveTitle(/^“Leadership is not really working/);
  await page.keyboard.press("]");
  await expect(page).toHaveURL(/\/\?theme=war-of-attrition$/);
  await expect(page).toHaveTitle(/^War of attrition: \d+ claims in “/);
  await page.goBack();
  await expect(page).toHaveTitle(/^“Leadership is not really working/);
});
