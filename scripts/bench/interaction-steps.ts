// The interactions `npm run bench -- interactions` times (issue 31): what a reader does after the first paint.
// Each step is one input, repeatable: a pair (open/close, j/k) leaves the page as it found it, so five tries of
// each run on the same page without reloading. `prepare` runs untimed before each try.
import type { Locator, Page } from "@playwright/test";

export interface Screen {
  name: string;
  phone: boolean;
}

export interface Step {
  name: string;
  /** Untimed: brings the page to where the input makes sense. */
  prepare?: (page: Page, screen: Screen, attempt: number) => Promise<void>;
  /** The one timed input. */
  act: (page: Page, screen: Screen, attempt: number) => Promise<void>;
  /** Only on phones (the claims sheet), or only where it exists. */
  phoneOnly?: boolean;
  /** Timed on a page holding 100 of the reader's notes (the others on a page with none). */
  withNotes?: boolean;
}

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const claimsToggle = (page: Page) => page.getByRole("button", { name: /^Claims/ });
const briefingToggle = (page: Page) => page.getByRole("button", { name: /^Live briefing/ });
const press = (key: string) => async (page: Page) => page.keyboard.press(key);
const tapOrClick = (target: Locator, screen: Screen) => (screen.phone ? target.tap() : target.click());

async function openClaims(page: Page, screen: Screen): Promise<void> {
  if (screen.phone && !(await sidebar(page).isVisible())) await claimsToggle(page).click();
}

async function closeClaims(page: Page, screen: Screen): Promise<void> {
  if (screen.phone && (await sidebar(page).isVisible()))
    await sidebar(page).getByRole("button", { name: "Close claims" }).click();
}

/** A quote mark other than the active one, alternating between two far apart. */
function otherQuote(page: Page, attempt: number): Locator {
  return page.locator("article mark.quote-mark[id]").nth(attempt % 2 === 0 ? 2 : 12);
}

export const FLOOR_KEY = "F8";

export const STEPS: Step[] = [
  {
    name: "the floor: a key that toggles one class on the article",
    prepare: closeClaims,
    act: press(FLOOR_KEY),
  },
  {
    name: "tap or click a quote",
    prepare: async (page, screen, attempt) => {
      await closeClaims(page, screen);
      await otherQuote(page, attempt).scrollIntoViewIfNeeded();
    },
    act: (page, screen, attempt) => tapOrClick(otherQuote(page, attempt), screen),
  },
  {
    name: "click a claim",
    prepare: openClaims,
    act: async (page, screen, attempt) => {
      const claim = sidebar(page)
        .locator("li > :is(a, button)[aria-describedby]")
        .nth(attempt % 2 === 0 ? 1 : 6);
      await tapOrClick(claim, screen);
    },
  },
  { name: "j (next quote)", prepare: closeClaims, act: press("j") },
  { name: "k (previous quote)", prepare: closeClaims, act: press("k") },
  { name: "] (next theme)", prepare: closeClaims, act: press("]") },
  { name: "[ (previous theme)", prepare: closeClaims, act: press("[") },
  {
    name: "a theme chip (focus, then show all)",
    prepare: openClaims,
    act: async (page, screen) => {
      const chip = page.getByRole("navigation", { name: "Themes" }).locator("a, button").nth(1);
      await tapOrClick(chip, screen);
    },
  },
  { name: "q (hide or show highlights)", prepare: closeClaims, act: press("q") },
  {
    name: "open the briefing",
    prepare: async (page, screen) => {
      await closeClaims(page, screen);
      if ((await briefingToggle(page).getAttribute("aria-expanded")) === "true")
        await briefingToggle(page).click();
    },
    act: (page, screen) => tapOrClick(briefingToggle(page), screen),
  },
  {
    name: "close the briefing",
    prepare: async (page) => {
      if ((await briefingToggle(page).getAttribute("aria-expanded")) !== "true")
        await briefingToggle(page).click();
    },
    act: (page, screen) => tapOrClick(briefingToggle(page), screen),
  },
  {
    name: "open the claims sheet",
    phoneOnly: true,
    prepare: closeClaims,
    act: (page, screen) => tapOrClick(claimsToggle(page), screen),
  },
  {
    name: "close the claims sheet",
    phoneOnly: true,
    prepare: openClaims,
    act: (page, screen) => tapOrClick(sidebar(page).getByRole("button", { name: "Close claims" }), screen),
  },
  {
    name: "save a note (100 notes present)",
    withNotes: true,
    prepare: async (page, screen, attempt) => {
      await openClaims(page, screen);
      const notes = page.getByRole("region", { name: /^Your notes/ });
      const toggle = notes.getByRole("button", { name: /^Your notes/ });
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      const edit = notes.getByRole("listitem").getByRole("button", { name: /^Edit note/ });
      await edit.first().click();
      // The entry's editor replaces its Edit button: the one note box open.
      await notes.getByRole("textbox", { name: /^Your note/ }).fill(`Edited ${attempt}.`);
    },
    act: async (page, screen) => {
      const save = page
        .getByRole("region", { name: /^Your notes/ })
        .getByRole("button", { name: "Save", exact: true });
      await tapOrClick(save, screen);
    },
  },
];
