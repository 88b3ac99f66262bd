// Every tick of the theme map within reach: by keyboard, the map is one tab stop with the arrow keys inside it
// (WAI-ARIA's roving tabindex), after the skip link; on phones, every tick of the strip can be scrolled into view
// whole, inside the bar, and tapped, its focus ring uncut.
import type { Page } from "@playwright/test";
import { quotesInReadingOrder } from "./fixtures/content";
import { openReader, tabTo } from "./fixtures/a11y";
import { expect, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const map = (page: Page) => page.getByRole("navigation", { name: "Theme map" });
const ticks = (page: Page) => map(page).getByRole("link");
const nth = (page: Page, n: number) => ticks(page).nth(n);
const last = quotesInReadingOrder.length - 1;
/** The ticks Tab stops at: links not taken out of the tab order. */
const tabStops = (page: Page) => map(page).locator('a:not([tabindex="-1"])');
const focusInMap = (page: Page) => map(page).evaluate((nav) => nav.contains(document.activeElement));
const focusedTick = (page: Page) =>
  page.evaluate(() => Number(document.activeElement?.getAttribute("data-tick") ?? NaN));

test.describe("keyboard, wide screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the skip link is the first stop; the map is one more, which the next Tab leaves and Shift+Tab re-enters", async ({
    page,
  }) => {
    await openReader(page);
    await expect(tabStops(page)).toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to article" })).toBeFocused();
    // No quote is active: the first tick is the map's stop, its label shown on focus.
    await tabTo(page, nth(page, 0));
    expect(await nth(page, 0).evaluate((el) => getComputedStyle(el, "::after").display)).toBe("block");
    // A tick at rest has no label at all, not a hidden one: computing 25 hidden labels slowed every full restyle.
    expect(await nth(page, 2).evaluate((el) => getComputedStyle(el, "::after").content)).toBe("none");
    await page.keyboard.press("Tab");
    expect(await focusInMap(page), "one Tab leaves the map").toBe(false);
    await page.keyboard.press("Shift+Tab");
    await expect(nth(page, 0)).toBeFocused();
  });

  test("arrow keys, Home and End move focus among the ticks without scrolling the page; Enter activates one", async ({
    page,
  }) => {
    await openReader(page);
    await tabTo(page, nth(page, 0));
    const scrollY = await page.evaluate(() => window.scrollY);
    // Down and Right go on, Up and Left back, whichever way the map runs; the ends do not wrap round.
    for (const [key, tick] of [
      ["ArrowDown", 1],
      ["ArrowRight", 2],
      ["ArrowUp", 1],
      ["ArrowLeft", 0],
      ["ArrowUp", 0],
      ["End", last],
      ["ArrowDown", last],
      ["Home", 0],
      ["ArrowDown", 1],
      ["ArrowDown", 2],
    ] as const) {
      await page.keyboard.press(key);
      expect(await focusedTick(page), `${key} moves focus to tick ${tick}`).toBe(tick);
    }
    expect(await page.evaluate(() => window.scrollY), "the arrows did not scroll the page").toBe(scrollY);
    await expect(tabStops(page)).toHaveCount(1);
    await expect(nth(page, 2)).not.toHaveAttribute("tabindex");

    await page.keyboard.press("Enter");
    const quote = quotesInReadingOrder[2];
    const mark = page.locator(`mark[id="${quote?.id}"]`);
    await expect(mark).toHaveAttribute("aria-current", "true");
    await expect(mark).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#${quote?.id}$`));
    await expect(nth(page, 2)).toBeFocused();
    // Leaving and coming back, the reader is where they were.
    await page.keyboard.press("Tab");
    expect(await focusInMap(page)).toBe(false);
    await page.keyboard.press("Shift+Tab");
    await expect(nth(page, 2)).toBeFocused();
  });

  test("the map's stop is the active quote's tick, and follows it when another quote becomes active", async ({
    page,
  }) => {
    const quote = quotesInReadingOrder[9];
    await openReader(page, `/#${quote?.id}`);
    await expect(nth(page, 9)).toHaveAttribute("aria-current", "true");
    await expect(tabStops(page)).toHaveCount(1);
    await expect(nth(page, 9)).not.toHaveAttribute("tabindex");
    // j, from the article, activates the next quote: the map's stop goes with it.
    await page.getByRole("main").focus();
    await page.keyboard.press("j");
    await expect(nth(page, 10)).toHaveAttribute("aria-current", "true");
    await expect(nth(page, 10)).not.toHaveAttribute("tabindex");
    await expect(tabStops(page)).toHaveCount(1);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  test("the prerendered map is one tab stop already: the first tick, or a quote page's own", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(tabStops(page)).toHaveCount(1);
    await expect(nth(page, 0)).not.toHaveAttribute("tabindex");
    const quote = quotesInReadingOrder[5];
    await page.goto(`/q/${quote?.id}/`);
    await expect(tabStops(page)).toHaveCount(1);
    await expect(map(page).locator(`a[href="#${quote?.id}"]`)).not.toHaveAttribute("tabindex");
  });
});

for (const width of [320, 412]) {
  test.describe(`phone, ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });

    test("every tick of the strip can be scrolled into view whole, inside the bar, and is what a tap there hits", async ({
      page,
    }) => {
      await openReader(page);
      const problems = await map(page).evaluate(async (nav) => {
        const bar = document.getElementById("site-bar")?.getBoundingClientRect();
        const found: string[] = [];
        for (const tick of nav.querySelectorAll<HTMLElement>("a[data-tick]")) {
          // As a swipe would: the strip scrolls, not the page.
          tick.scrollIntoView({ block: "nearest", inline: "nearest" });
          await new Promise((frame) => requestAnimationFrame(frame));
          const box = tick.getBoundingClientRect();
          const strip = nav.getBoundingClientRect();
          const inside = (outer: DOMRect | undefined) =>
            outer !== undefined &&
            box.left >= outer.left - 0.5 &&
            box.right <= outer.right + 0.5 &&
            box.top >= outer.top - 0.5 &&
            box.bottom <= outer.bottom + 0.5;
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const name = `tick ${tick.dataset.tick ?? "?"}`;
          if (!inside(strip)) found.push(`${name} is cut by the strip`);
          if (!inside(bar)) found.push(`${name} lies outside the bar`);
          if (box.left < 0 || box.right > window.innerWidth) found.push(`${name} is off screen`);
          if (hit === null || !tick.contains(hit))
            found.push(`${name} is covered by ${hit?.outerHTML.slice(0, 60)}`);
        }
        return found;
      });
      expect(problems).toEqual([]);
      // A tap on the last (the strip scrolls to it) and then the first activates its quote.
      for (const n of [last, 0]) {
        await nth(page, n).tap();
        await expect(page.locator(`mark[id="${quotesInReadingOrder[n]?.id}"]`)).toHaveAttribute(
          "aria-current",
          "true",
        );
      }
    });

    test("a keyboard (or switch) reaches every tick too: the strip follows focus and its ring is not cut", async ({
      page,
    }) => {
      await openReader(page);
      await tabTo(page, nth(page, 0));
      const ringCut = () =>
        page.evaluate(() => {
          const tick = document.activeElement;
          const nav = tick?.closest("nav");
          if (!tick || !nav) return "no tick has focus";
          const style = getComputedStyle(tick);
          // The ring reaches this far outside the tick's box (an inset ring: not at all).
          const out = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
          const box = tick.getBoundingClientRect();
          const strip = nav.getBoundingClientRect();
          const cut =
            box.left - out < strip.left - 0.5 ||
            box.right + out > strip.right + 0.5 ||
            box.top - out < strip.top - 0.5 ||
            box.bottom + out > strip.bottom + 0.5;
          return cut ? `tick ${tick.getAttribute("data-tick")}'s focus ring is cut by the strip` : null;
        });
      expect(await ringCut()).toBeNull();
      for (let n = 1; n <= last; n++) {
        await page.keyboard.press("ArrowRight");
        expect(await focusedTick(page)).toBe(n);
        await expect.poll(ringCut).toBeNull();
      }
    });
  });
}
