import type { APIRequestContext, Page } from "@playwright/test";
import { claims, themes } from "./fixtures/content";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

// Issue 27 (6): without JavaScript nothing is inert. Every control the prerendered page shows either is a link to a
// page that does what the app would (a theme's page, a quote's page, the whole article) or is not shown at all.

test.use({ javaScriptEnabled: false, reducedMotion: "reduce" });

const theme = themes.find((t) => t.id === "negotiations") ?? themes[0];
// A claim with two quotes: its link leads to the first, and on that quote's page on to the second (as a click does).
const claim = claims.find((c) => c.quotes.length > 1) ?? claims[0];
if (!theme || !claim) throw new Error("the content has no themes or claims");
const [firstQuote, secondQuote] = claim.quotes;

const NOT_FOUND = /^Failed to load resource: the server responded with a status of 404/;

const PAGES = [
  { name: "the home page", path: "/" },
  { name: "a theme page", path: `/t/${theme.id}/` },
  { name: "a quote page", path: `/q/${firstQuote?.id ?? ""}/` },
  { name: "the 404 page", path: "/no-such-page/" },
];

const sidebar = (page: Page) => page.getByRole("complementary", { name: "Claims by theme" });
const chips = (page: Page) => sidebar(page).getByRole("navigation", { name: "Themes" });

/** A visible control of the page: its tag, role, href and name, as a reader (or assistive technology) meets it. */
interface Control {
  tag: string;
  role: string | null;
  href: string | null;
  name: string;
}

/**
 * Every control on the page that a reader can see and use: anything focusable or clickable by its markup (links,
 * buttons, form fields, summaries, elements with a tab stop or a widget role). `main`'s tabindex="-1" (a focus
 * target, not a control) is no control.
 */
async function visibleControls(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const selector = [
      "a[href]",
      "button",
      "input",
      "select",
      "textarea",
      "summary",
      "[contenteditable]",
      '[tabindex]:not([tabindex^="-"])',
      ...["button", "link", "switch", "checkbox", "tab", "menuitem", "option"].map((r) => `[role="${r}"]`),
    ].join(", ");
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return el.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
      })
      .map((el) => ({
        tag: el.localName,
        role: el.getAttribute("role"),
        href: el.getAttribute("href"),
        name: (el.getAttribute("aria-label") ?? el.textContent).trim().slice(0, 60),
      }));
  });
}

/** Fails unless `href` (from a page at `from`) is a page of the site that answers 200 as itself. */
async function expectPage(request: APIRequestContext, from: string, href: string): Promise<void> {
  const url = new URL(href, new URL(from, "http://reader.test/"));
  expect(url.origin, `${href} leaves the site`).toBe("http://reader.test");
  const response = await request.get(url.pathname + url.search);
  expect(response.status(), `${href} from ${from}`).toBe(200);
  // The page prerendered for that very path (the 404 page names no path of its own).
  expect(await response.text(), `${href} from ${from}`).toContain(`data-page="${url.pathname}"`);
}

/**
 * Fails unless every control the page shows is a link (not a button, nor a link given another role) to a place on
 * the page or to a page of the site that answers as itself; and the theme chips and the claims are among them.
 */
async function expectNoInertControls(page: Page, request: APIRequestContext, path: string): Promise<void> {
  const controls = await visibleControls(page);
  const inert = controls.filter((c) => c.tag !== "a" || c.href === null || c.role !== null);
  expect(inert, `controls on ${path} that do nothing without the app`).toEqual([]);
  const followed = new Set<string>();
  for (const { href } of controls) {
    if (href === null || followed.has(href)) continue;
    followed.add(href);
    if (href.startsWith("#")) {
      // A place on this page: it is there.
      await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), href).toHaveCount(1);
    } else {
      await expectPage(request, path, href);
    }
  }
  await expect(chips(page).getByRole("link")).toHaveCount(themes.length);
  expect(controls.filter((c) => c.href?.startsWith("/q/")).length).toBeGreaterThan(0);
}

for (const { name, path } of PAGES) {
  test.describe(name, () => {
    // The 404 page answers with its status, which the browser logs.
    if (path === "/no-such-page/") test.use({ allowedConsoleErrors: [NOT_FOUND] });

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 412, height: 823 },
    ]) {
      test(`at ${viewport.width} px without JavaScript, every control shown is a link that works`, async ({
        page,
        request,
      }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await expectNoInertControls(page, request, path);
      });

      // The same page where the app's scripts failed to load (src/boot.ts marks <html data-app="failed">): the
      // same controls, and there axe can run (without JavaScript it cannot, being a script itself).
      test(`at ${viewport.width} px when the app failed to load, the same, and axe finds nothing`, async ({
        browser,
        request,
      }) => {
        const context = await browser.newContext({ viewport, javaScriptEnabled: true });
        const page = await context.newPage();
        await page.route("**/assets/*.js", (route) => route.fulfill({ status: 404, body: "" }));
        await page.goto(path, { waitUntil: "load" });
        await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
        await expectNoInertControls(page, request, path);
        await expectNoAxeViolations(page, `${name}, app failed, ${viewport.width} px`);
        await context.close();
      });
    }
  });
}

test("a theme chip leads to that theme's page, whose chip is current and leads back to all themes", async ({
  page,
}) => {
  await page.goto("/");
  const chip = chips(page).getByRole("link", { name: new RegExp(`^${theme.label}`) });
  await expect(chip).not.toHaveAttribute("aria-current");
  await chip.click();
  await expect(page).toHaveURL(`/t/${theme.id}/`);
  await expect(page.getByRole("banner")).toContainText(theme.label);
  const current = chips(page).getByRole("link", { name: new RegExp(`^${theme.label}`) });
  await expect(current).toHaveAttribute("aria-current", "true");
  // Only that theme's claims are listed.
  await expect(sidebar(page).getByRole("heading", { level: 3 })).toHaveText([theme.label]);
  await current.click();
  await expect(page).toHaveURL("/");
  await expect(sidebar(page).getByRole("heading", { level: 3 })).toHaveCount(themes.length);
});

test("“Show all themes” on a theme page leads to the whole article with every theme", async ({ page }) => {
  await page.goto(`/t/${theme.id}/`);
  await page.getByRole("banner").getByRole("link", { name: "Show all themes" }).click();
  await expect(page).toHaveURL("/");
  await expect(sidebar(page).getByRole("heading", { level: 3 })).toHaveCount(themes.length);
});

test("a claim leads to its quote's page, and there on to its next quote", async ({ page }) => {
  if (!firstQuote || !secondQuote) throw new Error("the claim has fewer than two quotes");
  await page.goto("/");
  const link = sidebar(page).getByRole("link", { name: claim.summary, exact: true });
  await link.click();
  await expect(page).toHaveURL(`/q/${firstQuote.id}/`);
  await expect(page.locator(`mark[id="${firstQuote.id}"]`)).toHaveAttribute("aria-current", "true");
  await expect(page.locator(`mark[id="${firstQuote.id}"]`)).toBeInViewport();
  await expect(link).toHaveAttribute("aria-current", "true");
  await link.click();
  await expect(page).toHaveURL(`/q/${secondQuote.id}/`);
  await expect(page.locator(`mark[id="${secondQuote.id}"]`)).toHaveAttribute("aria-current", "true");
});

test.describe("the 404 page's notice", () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND] });
  test("stays, with nothing to dismiss that would do nothing", async ({ page }) => {
    await page.goto("/no-such-page/");
    const notice = page.getByRole("status").filter({ hasText: "could not be followed" });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("button")).toBeHidden();
  });
});
