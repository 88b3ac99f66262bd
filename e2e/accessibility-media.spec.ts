// The reader's preferences and media: reduced motion, light and dark colour schemes (contrast of every theme's
// highlight), and print. The axe runs for each setting are in accessibility.spec.ts.
import type { Page } from "@playwright/test";
import { contrast, openReader } from "./fixtures/a11y";
import { article, claims, quotes, quotesInReadingOrder, themes } from "./fixtures/content";
import { expect, test } from "./fixtures/reader";

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const headline = (page: Page) => page.getByRole("heading", { level: 1, name: article.headline });

/**
 * Presses `k` from the top of the page (so the last quote, far below, becomes active) and records every scroll
 * position until the scroll has ended (`scrollend`, after an instant jump or a smooth scroll alike).
 */
async function scrollPositionsOfJump(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const seen: number[] = [];
    const record = window as unknown as { __scrolls: number[]; __scrolled: Promise<void> };
    record.__scrolls = seen;
    window.addEventListener("scroll", () => seen.push(Math.round(window.scrollY)));
    record.__scrolled = new Promise((ended) => {
      document.addEventListener(
        "scrollend",
        () => {
          ended();
        },
        { once: true },
      );
    });
  });
  await page.keyboard.press("k");
  const last = quotesInReadingOrder.at(-1)?.id ?? "?";
  await expect(page.locator(`#${last}`)).toHaveAttribute("aria-current", "true");
  await expect(page.locator(`#${last}`)).toBeInViewport();
  return page.evaluate(async () => {
    const record = window as unknown as { __scrolls: number[]; __scrolled: Promise<void> };
    await record.__scrolled;
    return [...new Set(record.__scrolls)];
  });
}

test.describe("reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("scrolling to a quote is one instant jump", async ({ page }) => {
    await openReader(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    expect(await scrollPositionsOfJump(page)).toHaveLength(1);
  });

  test("nothing transitions or animates, before or after the reader acts", async ({ page }) => {
    await openReader(page);
    const moving = () =>
      page.evaluate(() => {
        const found: string[] = [];
        const positive = (list: string) => list.split(",").some((d) => parseFloat(d) > 0);
        for (const el of document.querySelectorAll("*")) {
          const style = getComputedStyle(el);
          const name = `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`;
          if (positive(style.transitionDuration))
            found.push(`${name} transitions ${style.transitionProperty}`);
          if (style.animationName !== "none" && positive(style.animationDuration))
            found.push(`${name} animates`);
        }
        return [
          ...found.slice(0, 5),
          ...document.getAnimations().map((a) => `running: ${a.constructor.name}`),
        ];
      });
    expect(await moving()).toEqual([]);
    await sidebar(page)
      .getByRole("link", { name: new RegExp(`^${themes[0]?.label ?? "?"}`) })
      .click();
    const inTheme = claims.find((c) => c.themeId === themes[0]?.id);
    await sidebar(page).getByRole("link", { name: inTheme?.summary, exact: true }).hover();
    await page.getByRole("button", { name: /^Live briefing/ }).click();
    expect(await moving()).toEqual([]);
  });
});

test.describe("motion allowed (the control: shows the checks above can fail)", () => {
  test.use({ reducedMotion: "no-preference" });

  test("scrolling to a quote is smooth", async ({ page }) => {
    await openReader(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
      "smooth",
    );
    // Scroll events come once a frame: an instant jump lands at once, a smooth scroll passes through at least one
    // position on its way (a busy machine draws few frames of it, so no more is asked).
    expect((await scrollPositionsOfJump(page)).length).toBeGreaterThan(1);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    // No transition: a highlight's tint fades in over 120 ms, and a colour read mid-fade is neither state's.
    test.use({ colorScheme, reducedMotion: "reduce" });

    test("text and every theme's highlight meet AA contrast, at rest and in full colour", async ({
      page,
    }) => {
      await openReader(page);
      /** One top-level highlight of the theme (a nested one sits on its parent's colour), as drawn now. */
      const look = (themeId: string) =>
        page.evaluate((id) => {
          const mark = [...document.querySelectorAll<HTMLElement>(`mark[data-theme="${id}"]`)].find(
            (m) => m.parentElement?.closest("mark") === null,
          );
          if (!mark) return null;
          const style = getComputedStyle(mark);
          return {
            text: style.color,
            background: style.backgroundColor,
            underline: style.textDecorationColor,
          };
        }, themeId);
      const colours = await page.evaluate(() => {
        const body = document.querySelector(".article-body");
        return {
          page: getComputedStyle(document.documentElement).backgroundColor,
          text: body ? getComputedStyle(body).color : "",
        };
      });
      const dark = contrast(colours.page, "rgb(0, 0, 0)") < contrast(colours.page, "rgb(255, 255, 255)");
      expect(dark, "the page follows the colour scheme").toBe(colorScheme === "dark");
      expect(contrast(colours.text, colours.page), "body text").toBeGreaterThanOrEqual(7);
      for (const theme of themes) {
        // At rest: text on the page, underlined in the theme's colour (WCAG 1.4.11: 3:1 for the underline).
        const rest = await look(theme.id);
        expect(rest, `a highlight of ${theme.label}`).not.toBeNull();
        if (!rest) continue;
        expect(rest.background, `${theme.label}: no tint at rest`).toBe("rgba(0, 0, 0, 0)");
        expect(contrast(rest.underline, colours.page), `${theme.label}: underline`).toBeGreaterThanOrEqual(3);
        // In full colour (the theme focused): text on the tint, and the underline on it.
        await page
          .getByRole("navigation", { name: "Themes" })
          .getByRole("link", { name: new RegExp(`^${theme.label}`) })
          .click();
        await expect(page.locator(`mark[data-theme="${theme.id}"][data-focused]`).first()).toBeAttached();
        const full = await look(theme.id);
        if (!full) continue;
        expect(full.background, `${theme.label}: tinted in full colour`).not.toBe("rgba(0, 0, 0, 0)");
        expect(
          contrast(full.text, full.background, colours.page),
          `${theme.label}: text on highlight`,
        ).toBeGreaterThanOrEqual(4.5);
        expect(
          contrast(full.underline, full.background, colours.page),
          `${theme.label}: underline on highlight`,
        ).toBeGreaterThanOrEqual(3);
      }
      // The theme map's ticks are graphics that carry meaning: 3:1 against the page.
      const ticks = await page
        .getByRole("navigation", { name: "Theme map" })
        .locator(".map-tick-mark")
        .evaluateAll((marks) => marks.map((m) => getComputedStyle(m).backgroundColor));
      expect(ticks.length).toBeGreaterThan(0);
      for (const tick of new Set(ticks))
        expect(contrast(tick, colours.page), `map tick ${tick}`).toBeGreaterThanOrEqual(3);
    });
  });
}

test.describe("print", () => {
  for (const setting of [
    { name: "wide window, light", viewport: { width: 1280, height: 800 }, colorScheme: "light" as const },
    { name: "A4-wide window, dark", viewport: { width: 794, height: 1123 }, colorScheme: "dark" as const },
  ]) {
    test(`prints the article with its quotes underlined and numbered, then the claims (${setting.name})`, async ({
      page,
    }) => {
      await page.setViewportSize(setting.viewport);
      await page.emulateMedia({ colorScheme: setting.colorScheme });
      await openReader(page);
      await page.emulateMedia({ media: "print", colorScheme: setting.colorScheme });

      // Left out: the site bar and its tools, theme chips, copy-link buttons, the live briefing.
      await expect(page.getByRole("banner")).toBeHidden();
      await expect(page.getByRole("navigation", { name: "Themes" })).toBeHidden();
      for (const copy of await page.getByRole("button", { name: /^Copy link/ }).all())
        await expect(copy).toBeHidden();
      await expect(page.getByRole("region", { name: /^Live briefing/ })).toBeHidden();

      // The article, ink on paper, each quote underlined and numbered over its first word, out of the text's flow.
      await expect(headline(page)).toBeVisible();
      const body = page.getByRole("article", { name: article.headline }).locator("p[data-start]");
      await expect(body).toHaveCount(article.paragraphs.length);
      for (const paragraph of await body.all()) await expect(paragraph).toBeVisible();
      // One read of every quote's first piece: this test runs under print emulation on a busy machine.
      const marks = await page.locator(".article-body mark[data-quote][id]").evaluateAll((pieces) =>
        pieces.map((mark) => {
          const number = getComputedStyle(mark, "::before");
          const own = getComputedStyle(mark);
          return {
            id: mark.id,
            content: number.content,
            position: number.position,
            size: parseFloat(number.fontSize),
            line: own.textDecorationLine,
            colour: own.color,
          };
        }),
      );
      expect(marks.map((m) => m.id).sort()).toEqual(quotes.map((q) => q.id).sort());
      for (const mark of marks) {
        expect(mark.content, `${mark.id}: its number, no theme name`).toBe("counter(quote-number)");
        expect(mark.position, "out of the text's flow").toBe("absolute");
        expect(mark.size).toBeLessThan(10);
        expect(mark.line, `${mark.id} is underlined`).toContain("underline");
        expect(mark.colour, `${mark.id} prints in black`).toBe("rgb(0, 0, 0)");
      }

      // The claims after the article, every one shown in full (no scrolling box left to clip them).
      await expect(sidebar(page)).toBeVisible();
      const articleBottom = (await page.getByRole("article").boundingBox())?.y ?? Infinity;
      expect((await sidebar(page).boundingBox())?.y ?? 0).toBeGreaterThan(articleBottom);
      for (const claim of claims) {
        await expect(sidebar(page).getByRole("link", { name: claim.summary, exact: true })).toBeVisible();
      }
      const clipping = await sidebar(page)
        .getByRole("listitem")
        .last()
        .evaluate((item) => {
          const found: string[] = [];
          for (let el = item.parentElement; el && el !== document.body; el = el.parentElement) {
            const style = getComputedStyle(el);
            if (style.overflowY !== "visible")
              found.push(`<${el.tagName.toLowerCase()}> overflow ${style.overflowY}`);
          }
          return found;
        });
      expect(clipping, "no box clips the notes").toEqual([]);
    });
  }

  test("Chromium prints it to a PDF of several pages", async ({ page }) => {
    await openReader(page);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });
});
