// WCAG 2.2 AA: axe in every state and setting, a keyboard-only journey, reflow, reduced motion, dark-mode
// contrast of every highlight, and the print stylesheet. reader.spec.ts covers the journeys themselves.
import type { Page } from "@playwright/test";
import { expectReflow, expectVisibleFocus, openReader, stepFocus, tabTo } from "./fixtures/a11y";
import { article, claims, quotesInReadingOrder, themes } from "./fixtures/content";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const briefingToggle = (page: Page) => page.getByRole("button", { name: /^Live briefing/ });
const claimsToggle = (page: Page) => page.getByRole("button", { name: /^Claims/ });
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
const themeChip = (page: Page, label: string) => sidebar(page).getByRole("link", { name: startsWith(label) });
const claimName = (claimId: string) => claims.find((c) => c.id === claimId)?.summary ?? claimId;
const claimLink = (page: Page, claimId: string) =>
  sidebar(page).getByRole("link", { name: claimName(claimId), exact: true });
const activeMark = (page: Page) => page.locator('mark[aria-current="true"]');

const negotiations = themes.find((t) => t.id === "negotiations");
const negotiationQuotes = quotesInReadingOrder.filter((q) => q.themeId === "negotiations");
// Scroll sideways by design on narrow screens: the themes' chips share one row, and the theme map's strip keeps its
// ticks a touch target apart, following the reader.
const themeChips = 'nav[aria-label="Themes"] ul, nav[aria-label="Theme map"]';

/** The settings a reader may browse with; each gets the full walk through the reader's states. */
const settings = [
  { name: "light, wide", use: {}, narrow: false },
  { name: "dark, wide", use: { colorScheme: "dark" as const }, narrow: false },
  { name: "light, 320 px", use: { viewport: { width: 320, height: 640 } }, narrow: true },
  {
    name: "dark, 320 px",
    use: { colorScheme: "dark" as const, viewport: { width: 320, height: 640 } },
    narrow: true,
  },
  { name: "reduced motion", use: { reducedMotion: "reduce" as const }, narrow: false },
  {
    name: "1280 px at 200% zoom",
    use: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
    narrow: true,
  },
];

for (const setting of settings) {
  test.describe(setting.name, () => {
    test.use(setting.use);

    test("axe finds no WCAG 2.2 A/AA violation in any state, and nothing is cut off", async ({ page }) => {
      const check = async (state: string) => {
        await expectNoAxeViolations(page, `${setting.name}: ${state}`);
        await expectReflow(page, `${setting.name}: ${state}`, themeChips);
      };
      await openReader(page);
      await check("default");
      if (setting.narrow) {
        await claimsToggle(page).click();
        await expect(sidebar(page)).toBeVisible();
        await check("claims panel open");
      }
      await themeChip(page, negotiations?.label ?? "?").click();
      await expect(themeChip(page, negotiations?.label ?? "?")).toHaveAttribute("aria-current", "true");
      await check("theme focused");
      await page.keyboard.press("j");
      await expect(activeMark(page)).toHaveCount(1);
      await check("quote active");
      await sidebar(page)
        .getByRole("button", { name: /^Copy link to the claim/ })
        .first()
        .click();
      await expect(sidebar(page).getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
      await check("link copied");
      if (setting.narrow) {
        await sidebar(page).getByRole("button", { name: "Close claims" }).click();
        await expect(sidebar(page)).toBeHidden();
      }
      await briefingToggle(page).click();
      await expect(briefingToggle(page)).toHaveAttribute("aria-expanded", "true");
      await check("briefing open");
      await briefingToggle(page).click();
      await expect(briefingToggle(page)).toHaveAttribute("aria-expanded", "false");
      await check("briefing closed");
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
      await check("shortcuts dialog open");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toBeHidden();
    });
  });
}

for (const layout of [
  { name: "wide screen", viewport: { width: 1280, height: 800 }, narrow: false },
  { name: "200% zoom (claims in a panel)", viewport: { width: 640, height: 400 }, narrow: true },
]) {
  test.describe(`keyboard only, ${layout.name}`, () => {
    test.use({ viewport: layout.viewport, deviceScaleFactor: layout.narrow ? 2 : 1 });

    test("every reader task, with visible focus at every stop", async ({ page }) => {
      await openReader(page);
      // Read: the skip link is the first stop and takes focus to the article.
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Skip to article" })).toBeFocused();
      await expectVisibleFocus(page);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main")).toBeFocused();
      await expect(page.getByRole("heading", { level: 1, name: article.headline })).toBeInViewport();

      if (layout.narrow) {
        await tabTo(page, claimsToggle(page));
        await page.keyboard.press("Enter");
        await expect(sidebar(page)).toBeVisible();
      }
      // Focus a theme.
      const toggle = themeChip(page, negotiations?.label ?? "?");
      await tabTo(page, toggle);
      await page.keyboard.press("Enter");
      await expect(toggle).toHaveAttribute("aria-current", "true");

      // Step through its quotes.
      const [first, second] = negotiationQuotes;
      await page.keyboard.press("j");
      await expect(page.locator(`#${first?.id}`)).toHaveAttribute("aria-current", "true");
      await page.keyboard.press("j");
      await expect(page.locator(`#${second?.id}`)).toHaveAttribute("aria-current", "true");
      await expect(page.locator(`#${second?.id}`)).toBeInViewport();
      await page.keyboard.press("k");
      await expect(page.locator(`#${first?.id}`)).toHaveAttribute("aria-current", "true");

      // Open a claim.
      const claim = claims.find((c) => c.id === "negotiations-ukraine-decides");
      const quoteId = quotesInReadingOrder.find((q) => q.claimId === claim?.id)?.id ?? "?";
      await tabTo(page, claimLink(page, claim?.id ?? "?"));
      await page.keyboard.press("Enter");
      await expect(page.locator(`#${quoteId}`)).toHaveAttribute("aria-current", "true");
      await expect(page.locator(`#${quoteId}`)).toBeInViewport();
      await expect(page).toHaveURL(new RegExp(`#${quoteId}$`));

      // Copy its link.
      const item = sidebar(page)
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: claimName(claim?.id ?? "?"), exact: true }) });
      await tabTo(page, item.getByRole("button", { name: /^Copy link to the claim/ }));
      await page.keyboard.press("Enter");
      await expect(item.getByRole("status")).toHaveText("Link copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        new RegExp(`^http.*/q/${quoteId}/$`),
      );

      if (layout.narrow) {
        // Escape closes the panel and gives focus back to the button that opened it.
        await page.keyboard.press("Escape");
        await expect(sidebar(page)).toBeHidden();
        await expect(claimsToggle(page)).toBeFocused();
      }

      // Open the briefing, reach its content, close it with Escape.
      await tabTo(page, briefingToggle(page));
      await page.keyboard.press("Enter");
      await expect(briefingToggle(page)).toHaveAttribute("aria-expanded", "true");
      await page.keyboard.press("Tab");
      await expectVisibleFocus(page);
      await expect(page.getByRole("group", { name: /^Live briefing/ })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(briefingToggle(page)).toHaveAttribute("aria-expanded", "false");
      await expect(briefingToggle(page)).toBeFocused();

      // The shortcuts dialog holds focus while open (a modal) and lets it go on Escape.
      await page.keyboard.press("?");
      const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
      for (let i = 0; i < 3; i++) {
        // Past its last control focus may leave for the browser's own UI, never for the inert page behind.
        await page.keyboard.press("Tab");
        const where = await dialog.evaluate(
          (d) => d.contains(document.activeElement) || document.activeElement === document.body,
        );
        expect(where, "focus stays in the dialog").toBe(true);
      }
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(briefingToggle(page)).toBeFocused();
    });

    test("Tab and Shift+Tab go round the whole page and back: no traps, focus always visible", async ({
      page,
    }) => {
      // Two rounds of every stop on the page (the theme map is one), each checked for visible focus: more than the
      // default 30 s on a busy machine.
      test.slow();
      await openReader(page);
      const skip = page.getByRole("link", { name: "Skip to article" });
      for (const key of ["Tab", "Shift+Tab"]) {
        const stops = new Set<string>();
        for (let i = 0; i < 150; i++) {
          const name = await stepFocus(page, key);
          // Between the last control and the first, focus passes through the document itself.
          if (name === null) continue;
          stops.add(name);
          if (i > 0 && (await skip.evaluate((el) => el === document.activeElement))) break;
        }
        await expect(skip, `${key} came back round to the skip link`).toBeFocused();
        const least = layout.narrow ? 4 : themes.length + claims.length;
        expect(stops.size, `${key} stopped at every control`).toBeGreaterThanOrEqual(least);
      }
    });
  });
}
