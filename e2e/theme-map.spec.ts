// The theme map: a tick per quote where it lies, a link that activates the quote through the controller, the
// focused theme and the active quote on it, the viewport shown, no layout shift, and links without script. Its
// keyboard and touch reach: theme-map-reach.spec.ts.
import type { Locator, Page } from "@playwright/test";
import { claims, quotesInReadingOrder, themes } from "./fixtures/content";
import { openReader } from "./fixtures/a11y";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const map = (page: Page) => page.getByRole("navigation", { name: "Theme map" });
const tick = (page: Page, quoteId: string) => map(page).locator(`a[href="#${quoteId}"]`);
const themeOf = (themeId: string) => themes.find((t) => t.id === themeId);
const claimOf = (claimId: string) => claims.find((c) => c.id === claimId);
const rect = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

/** Opens the reader, checks that the page holds one map, and runs `check` at the top and scrolled halfway down. */
async function atTopAndHalfway(page: Page, check: () => Promise<void>): Promise<void> {
  await openReader(page);
  // The strip of narrow screens and the column of wide ones are one element (two, one hidden at each width, cost
  // every page 80 elements of parsing before first paint: issue 13).
  await expect(page.locator("nav.theme-map")).toHaveCount(1);
  await check();
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight / 2);
  });
  await check();
}

for (const [layout, viewport, touch] of [
  ["wide screen", { width: 1280, height: 800 }, false],
  ["phone", { width: 375, height: 812 }, true],
] as const) {
  test.describe(layout, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });

    test("one link per quote, in reading order, named by its theme and its claim's first words", async ({
      page,
    }) => {
      await openReader(page);
      await expect(map(page)).toHaveCount(1);
      const links = map(page).getByRole("link");
      await expect(links).toHaveCount(quotesInReadingOrder.length);
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(quotesInReadingOrder.map((q) => `#${q.id}`));
      for (const quote of quotesInReadingOrder) {
        const theme = themeOf(quote.themeId)?.label ?? "?";
        const firstWord = claimOf(quote.claimId)?.summary.split(" ")[0] ?? "?";
        await expect(tick(page, quote.id)).toHaveAccessibleName(
          new RegExp(`^${theme.replace(/[()“”]/g, ".")}( \\(quote \\d of \\d\\))?: ${firstWord}`),
        );
      }
    });

    test("ticks lie along the map in reading order, each a 24 px target overlapping no other (WCAG 2.5.8)", async ({
      page,
    }) => {
      await openReader(page);
      const vertical = layout === "wide screen";
      const boxes = await map(page)
        .getByRole("link")
        .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
      const places = boxes.map((b) => (vertical ? b.top + b.height / 2 : b.left + b.width / 2));
      expect(places).toEqual([...places].sort((a, b) => a - b));
      expect(places.at(-1) ?? 0).toBeGreaterThan((places[0] ?? 0) + 200);
      for (const [i, a] of boxes.entries()) {
        expect(Math.min(a.width, a.height)).toBeGreaterThanOrEqual(24);
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.right <= b.left + 0.5 ||
            b.right <= a.left + 0.5 ||
            a.bottom <= b.top + 0.5 ||
            b.bottom <= a.top + 0.5;
          expect(apart, "two ticks overlap").toBe(true);
        }
      }
    });

    test("a tick activates its quote like a click on it: active, in view, its claim current, the URL updated", async ({
      page,
    }) => {
      await openReader(page);
      for (const quote of [quotesInReadingOrder.at(-1), quotesInReadingOrder[9], quotesInReadingOrder[1]]) {
        if (!quote) continue;
        await tick(page, quote.id).click();
        const mark = page.locator(`mark[id="${quote.id}"]`);
        await expect(mark).toHaveAttribute("aria-current", "true");
        await expect(mark).toBeInViewport();
        await expect(page).toHaveURL(new RegExp(`#${quote.id}$`));
        await expect(tick(page, quote.id)).toHaveAttribute("aria-current", "true");
        await expect(map(page).locator("[aria-current]")).toHaveCount(1);
        const claim = page
          .getByRole("complementary", { name: "Claims by theme" })
          .getByRole("link", { name: claimOf(quote.claimId)?.summary, exact: true });
        await expect(claim).toHaveAttribute("aria-current", "true");
      }
      // Back returns to the quote before, as after clicking quotes.
      await page.goBack();
      await expect(page.locator(`mark[id="${quotesInReadingOrder[9]?.id}"]`)).toHaveAttribute(
        "aria-current",
        "true",
      );
    });
  });
}

test.describe("wide screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("one map for every width: a column between the article and the rail, under the bar, that stays in view", async ({
    page,
  }) => {
    await atTopAndHalfway(page, async () => {
      const [nav, article, rail, bar] = await Promise.all([
        rect(map(page)),
        rect(page.locator("main article")),
        rect(page.locator("#claims-sidebar")),
        rect(page.locator("#site-bar")),
      ]);
      expect(nav.left, "right of the article's text").toBeGreaterThan(article.right);
      expect(nav.right, "left of the rail").toBeLessThan(rail.left);
      expect(nav.top, "under the bar").toBeGreaterThanOrEqual(bar.bottom - 1);
      expect(nav.bottom, "to the screen's foot").toBeCloseTo(800, 0);
    });
  });

  test("a focused theme's ticks stand out and the others recede; clearing restores them", async ({
    page,
  }) => {
    await openReader(page);
    const opacity = (quoteId: string) =>
      tick(page, quoteId)
        .locator(".map-tick-mark")
        .evaluate((el) => Number(getComputedStyle(el).opacity));
    const inTheme = quotesInReadingOrder.find((q) => q.themeId === "negotiations")?.id ?? "?";
    const outside = quotesInReadingOrder.find((q) => q.themeId !== "negotiations")?.id ?? "?";
    expect(await opacity(outside)).toBe(1);
    await page
      .getByRole("navigation", { name: "Themes" })
      .getByRole("link", { name: /^Negotiations/ })
      .click();
    await expect(map(page)).toHaveAttribute("data-focus", "true");
    await expect(tick(page, inTheme)).toHaveAttribute("data-in-focus", "true");
    await expect.poll(() => opacity(outside)).toBeLessThan(0.5);
    expect(await opacity(inTheme)).toBe(1);
    await page.getByRole("banner").getByRole("link", { name: "Show all themes" }).click();
    await expect(map(page)).not.toHaveAttribute("data-focus", "true");
    await expect.poll(() => opacity(outside)).toBe(1);
  });

  test("the viewport is shown on the map and follows the reading, over the ticks of the quotes on screen", async ({
    page,
  }) => {
    await openReader(page);
    const band = () => map(page).locator(".theme-map-view").boundingBox();
    await expect.poll(async () => (await band())?.height ?? 0).toBeGreaterThan(10);
    const top = (await band())?.y ?? 0;
    await page
      .locator("article p[data-start]")
      .nth(14)
      .evaluate((p) => {
        p.scrollIntoView({ block: "start" });
      });
    await expect.poll(async () => (await band())?.y ?? 0).toBeGreaterThan(top + 100);
    // The quotes whose start is on screen have their ticks inside the band.
    const shown = await page.evaluate(() => {
      const bar = document.querySelector("header")?.getBoundingClientRect().bottom ?? 0;
      return [...document.querySelectorAll<HTMLElement>("mark[id]")]
        .filter((m) => {
          const r = m.getClientRects()[0];
          return r !== undefined && r.top > bar + 40 && r.bottom < window.innerHeight - 40;
        })
        .map((m) => m.id);
    });
    expect(shown.length).toBeGreaterThan(0);
    const box = await band();
    for (const id of shown) {
      const t = await tick(page, id).boundingBox();
      const middle = (t?.y ?? 0) + (t?.height ?? 0) / 2;
      expect(middle, `${id}'s tick within the band`).toBeGreaterThanOrEqual((box?.y ?? 0) - 4);
      expect(middle, `${id}'s tick within the band`).toBeLessThanOrEqual(
        (box?.y ?? 0) + (box?.height ?? 0) + 4,
      );
    }
  });

  test("one passive scroll listener on the window, and no layout shift while loading, hydrating and scrolling", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      });
      observer.observe({ type: "layout-shift", buffered: true });
      // Shifts of the last frames may still wait to be handed to the observer: taken too.
      (window as unknown as { shifts: () => number[] }).shifts = () => [
        ...shifts,
        ...observer.takeRecords().map((entry) => (entry as unknown as { value: number }).value),
      ];
    });
    await openReader(page);
    for (const y of [600, 1400, 300]) {
      // Reduced motion: the scroll is instant. Two frames later the map has followed it and any shift is recorded.
      await page.evaluate(
        (top) =>
          new Promise((framed) => {
            window.scrollTo(0, top);
            requestAnimationFrame(() => requestAnimationFrame(framed));
          }),
        y,
      );
    }
    expect(await page.evaluate(() => (window as unknown as { shifts: () => number[] }).shifts())).toEqual([]);
    const cdp = await page.context().newCDPSession(page);
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", {
      objectId: result.objectId ?? "",
    });
    const scroll = listeners.filter((l) => l.type === "scroll");
    expect(scroll).toHaveLength(1);
    expect(scroll[0]?.passive).toBe(true);
    await cdp.detach();
  });

  test("axe finds nothing on the map: at rest, a theme focused, a quote active, a tick focused", async ({
    page,
  }) => {
    await openReader(page, "/?theme=negotiations#negotiations-linked-to-battlefield");
    await expect(tick(page, "negotiations-linked-to-battlefield")).toHaveAttribute("aria-current", "true");
    await tick(page, "negotiations-linked-to-battlefield").focus();
    await expectNoAxeViolations(page, "theme map, focused theme and tick");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  test("the prerendered map is placed by the stylesheet, and its ticks are plain links to the quotes", async ({
    page,
  }) => {
    await page.goto("/");
    const links = map(page).getByRole("link");
    await expect(links).toHaveCount(quotesInReadingOrder.length);
    const tops = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect((tops.at(-1) ?? 0) - (tops[0] ?? 0)).toBeGreaterThan(300);
    const last = quotesInReadingOrder.at(-1);
    await tick(page, last?.id ?? "?").click();
    await expect(page).toHaveURL(new RegExp(`#${last?.id}$`));
    await expect(page.locator(`mark[id="${last?.id}"]`)).toBeInViewport();
  });
});

test.describe("phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test("the same map is a strip in the bar, full width, that stays with the bar as the page scrolls", async ({
    page,
  }) => {
    await atTopAndHalfway(page, async () => {
      const [nav, bar] = await Promise.all([rect(map(page)), rect(page.locator("#site-bar"))]);
      expect(nav.top).toBeGreaterThanOrEqual(bar.top);
      expect(nav.bottom).toBeLessThanOrEqual(bar.bottom);
      expect(bar.top, "the bar stays at the top").toBe(0);
      expect(nav.width).toBeGreaterThan(375 - 2 * 16);
    });
  });
});
