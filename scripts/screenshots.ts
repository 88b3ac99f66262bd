// `npm run screenshots`: the reader in its main states, as PNGs in docs/screenshots/ (the README shows one). Run
// after `npm run build` (the npm script does both); Chromium as for the e2e tests (/usr/bin/chromium or
// CHROMIUM_PATH). Look at every one after a change to the page's design.
import { mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { withPlaywright } from "./bench/chromium";
import { root, withServer } from "./bench/site";

const out = join(root, "docs/screenshots");

interface Shot {
  /** The file name, without `.png`. */
  name: string;
  viewport: { width: number; height: number };
  dark?: boolean;
  /** A phone: touch, a coarse pointer. */
  touch?: boolean;
  /** The live briefing panel starts open (the reader's remembered choice). */
  briefingOpen?: boolean;
  path: string;
  /** What the reader does before the picture. */
  act?: (page: Page) => Promise<void>;
}

const desktop = { width: 1280, height: 800 };
const phone = { width: 375, height: 812 };

const shots: Shot[] = [
  { name: "desktop-light", viewport: desktop, path: "/" },
  {
    name: "desktop-dark-quote-active",
    viewport: desktop,
    dark: true,
    path: "/#attrition-battle-of-logistics",
  },
  {
    name: "desktop-theme-focused",
    viewport: desktop,
    path: "/",
    act: async (page) => {
      // Mid-article, as a reader would be, then a theme chip.
      await page.evaluate(() => {
        window.scrollTo(0, 900);
      });
      await page
        .getByRole("navigation", { name: "Themes" })
        .getByRole("link", { name: /^Negotiations/ })
        .click();
    },
  },
  { name: "desktop-briefing-open", viewport: desktop, briefingOpen: true, path: "/#forces-russian-morale" },
  // A short laptop screen: the chips take one row, so the open briefing keeps room beside the claims.
  {
    name: "laptop-720-briefing-open",
    viewport: { width: 1280, height: 720 },
    briefingOpen: true,
    path: "/#forces-russian-morale",
  },
  {
    name: "desktop-selection",
    viewport: desktop,
    path: "/",
    act: async (page) => {
      const paragraph = page.locator("article p[data-start]").nth(7);
      await paragraph.scrollIntoViewIfNeeded();
      const box = await paragraph.boundingBox();
      if (!box) throw new Error("paragraph not laid out");
      await page.mouse.move(box.x + 2, box.y + 40);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.6, box.y + 40, { steps: 5 });
      await page.mouse.up();
      await page.getByRole("group", { name: "Selected passage" }).waitFor();
    },
  },
  {
    name: "phone-sheet-open",
    viewport: phone,
    touch: true,
    path: "/",
    act: async (page) => {
      const mark = page.locator("#stakes-tragedy-and-danger");
      await mark.scrollIntoViewIfNeeded();
      const box = await mark.evaluate((el) => el.getClientRects()[0]?.toJSON() as DOMRect);
      await page.touchscreen.tap(box.left + 20, box.top + box.height / 2);
      await page.getByRole("complementary", { name: "Claims by theme" }).waitFor();
    },
  },
  {
    name: "phone-320-dark-theme-focused",
    viewport: { width: 320, height: 640 },
    dark: true,
    touch: true,
    path: "/?theme=quality-vs-quantity#forces-russian-morale",
    act: async (page) => {
      await page.getByRole("button", { name: "Close claims" }).click();
    },
  },
];

async function take(browser: Browser, base: string, shot: Shot): Promise<string> {
  const context = await browser.newContext({
    viewport: shot.viewport,
    colorScheme: shot.dark ? "dark" : "light",
    hasTouch: shot.touch ?? false,
    isMobile: shot.touch ?? false,
    reducedMotion: "reduce",
    deviceScaleFactor: 1,
  });
  try {
    if (shot.briefingOpen) {
      await context.addInitScript(() => {
        localStorage.setItem("annotated-reader:briefing", "open");
      });
    }
    const page = await context.newPage();
    const feed = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith("/briefing.json"));
    await page.goto(new URL(shot.path, base).href);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await feed;
    await shot.act?.(page);
    // Let scrolling, the sheet and the viewport indicator settle.
    await page.waitForTimeout(400);
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({ path: file });
    return file;
  } finally {
    await context.close();
  }
}

mkdirSync(out, { recursive: true });
await withServer(join(root, "dist"), (base) =>
  withPlaywright(async (browser) => {
    for (const shot of shots) console.log(relative(root, await take(browser, base, shot)));
  }),
);
