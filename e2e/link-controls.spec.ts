import type { Page } from "@playwright/test";
import { claims, themes } from "./fixtures/content";
import { expect, test } from "./fixtures/reader";

// Theme chips, claims and "Show all themes" are links to the pages that do what they do, so they work without
// JavaScript (e2e/no-script.spec.ts). With the app a plain click stays on the page and does what it did as a
// button (the URL as before: `/?theme=<id>`, `/#<quote-id>`); a click that asks for a new tab gets one, that page.
test.use({ reducedMotion: "reduce" });

const theme = themes.find((t) => t.id === "negotiations") ?? themes[0];
const claim = claims.find((c) => c.quotes.length > 1) ?? claims[0];
if (!theme || !claim) throw new Error("the content has no themes or claims");
const [firstQuote, secondQuote] = claim.quotes;

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const chips = (page: Page) => sidebar(page).getByRole("navigation", { name: "Themes" });

/** Marks the document, so that a full load (which would lose the mark) shows. */
const markDocument = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
const stayed = (page: Page) =>
  page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

test.describe("links the app follows in place", () => {
  test("a theme chip focuses its theme in place; with Ctrl it opens the theme's page in a new tab", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    await markDocument(page);
    const chip = chips(page).getByRole("link", { name: new RegExp(`^${theme.label}`) });
    const [tab] = await Promise.all([
      context.waitForEvent("page"),
      chip.click({ modifiers: ["ControlOrMeta"] }),
    ]);
    await tab.waitForURL(`/t/${theme.id}/`);
    await tab.close();
    await expect(page).toHaveURL("/");
    await expect(chip).not.toHaveAttribute("aria-current");

    await chip.click();
    await expect(page).toHaveURL(`/?theme=${theme.id}`);
    await expect(chip).toHaveAttribute("aria-current", "true");
    await expect(chip).toHaveAttribute("href", "/");
    await chip.press("Enter");
    await expect(page).toHaveURL("/");
    await expect(chip).not.toHaveAttribute("aria-current");
    expect(await stayed(page)).toBe(true);
  });

  test("a claim shows its quote in place; the middle button opens the quote's page in a new tab", async ({
    page,
    context,
  }) => {
    if (!firstQuote || !secondQuote) throw new Error("the claim has fewer than two quotes");
    await page.goto("/");
    await markDocument(page);
    const link = sidebar(page).getByRole("link", { name: claim.summary, exact: true });
    const [tab] = await Promise.all([context.waitForEvent("page"), link.click({ button: "middle" })]);
    await tab.waitForURL(`/q/${firstQuote.id}/`);
    await tab.close();
    await expect(page).toHaveURL("/");

    await link.click();
    await expect(page).toHaveURL(`/#${firstQuote.id}`);
    await expect(page.locator(`mark[id="${firstQuote.id}"]`)).toHaveAttribute("aria-current", "true");
    // Its link now leads where its next click goes.
    await expect(link).toHaveAttribute("href", `/q/${secondQuote.id}/`);
    await link.press("Enter");
    await expect(page).toHaveURL(`/#${secondQuote.id}`);
    expect(await stayed(page)).toBe(true);
  });
});
