import type { Page } from "@playwright/test";
import { MINUTE, T0, type StubItem } from "./fixtures/briefing-feed";
import { PWNED } from "./fixtures/briefing-hostile";
import { BriefingPanel, watchMutations } from "./fixtures/briefing-panel";
import { article } from "./fixtures/content";
import { feedBody, type Format } from "./fixtures/feed-formats";
import { advance, expect, test, type LiveSite } from "./fixtures/live-site";

// Against a real feed server on another origin (started per worker, random port): the browser's HTTP cache, CORS
// and the CSP's connect-src all take part, as they do for a deployed reader.
test.use({ timezoneId: "UTC", locale: "en-GB", reducedMotion: "reduce" });
// One build and one feed server per worker: the tests share them, one at a time.
test.describe.configure({ mode: "serial" });

const formats: Format[] = ["json", "rss", "atom"];
const older: StubItem = { id: "older", title: "Foreign ministers gather", published: T0 - 10 * MINUTE };
const keyEvent: StubItem & { key: boolean } = {
  id: "key",
  title: "A key event",
  published: T0 - 20 * MINUTE,
  key: true,
};
const oldest: StubItem = { id: "oldest", title: "Morning summary", published: T0 - 40 * MINUTE };
const newer: StubItem = { id: "newer", title: "A newer update", published: T0 + 20_000 };

function serve(site: LiveSite, format: Format, items: (StubItem & { key?: boolean })[]) {
  site.reply({ status: 200, ...feedBody(format, items) });
}

/**
 * Opens the reader at T0 on the page clock and returns once the panel has handled the feed's first answer (its dot
 * is filled: live). The schedule's 30 s start then: returning when the server had merely logged the request let a
 * busy machine handle the answer after the tests' first clock jump, which put the next poll out of their reach.
 */
async function open(page: Page, site: LiveSite): Promise<BriefingPanel> {
  await page.clock.install({ time: T0 });
  const first = site.feed.log.length;
  await page.goto(site.url);
  await expect.poll(() => site.feed.log.length).toBeGreaterThan(first);
  const panel = new BriefingPanel(page);
  await expect(panel.region.locator("[data-live-status]")).toHaveAttribute("data-live-status", "live");
  return panel;
}

for (const format of formats) {
  test(`${format}: shows its items, key events pinned above the stream and listed alone on request`, async ({
    page,
    liveSite,
  }) => {
    serve(liveSite, format, [older, keyEvent, oldest]);
    const panel = await open(page, liveSite);
    await panel.open();
    await expect(panel.headings()).toHaveText([keyEvent.title, older.title, oldest.title]);
    await expect(panel.item(keyEvent.title)).toContainText("Key event · 20 minutes ago");
    await expect(panel.region).toContainText("Source: Test briefing feed");
    const keyOnly = panel.region.getByRole("button", { name: "Key events only" });
    await keyOnly.click();
    await expect(keyOnly).toHaveAttribute("aria-pressed", "true");
    await expect(panel.headings()).toHaveText([keyEvent.title]);
    await keyOnly.click();
    await expect(panel.headings()).toHaveCount(3);
  });

  test(`${format}: hostile HTML never runs and the console stays clean`, async ({ page, liveSite }) => {
    const set = (how: string) => `window.${PWNED}='${how}'`;
    serve(liveSite, format, [
      {
        id: "hostile",
        title: `<img src=x onerror="${set("title")}">`,
        published: T0 - MINUTE,
        url: `javascript:${set("url")}`,
        html: [
          `<p>Before the payloads.<script>${set("script")}</script></p>`,
          `<img src="x" onerror="${set("onerror")}"><svg onload="${set("svg")}"></svg>`,
          `<a href="javascript:${set("link")}">click me</a> <a href="https://example.org/ok" onclick="${set("click")}">a safe link</a>`,
          `<iframe srcdoc="<script>parent.${PWNED}='iframe'</script>"></iframe>`,
        ].join(""),
      },
    ]);
    const panel = await open(page, liveSite);
    await panel.open();
    await expect(panel.region).toContainText("Before the payloads.");
    await expect(
      panel.region.locator("script, img, svg, iframe, [onerror], [onload], [onclick]"),
    ).toHaveCount(0);
    await expect(panel.region.getByRole("link", { name: "click me" })).toHaveCount(0);
    await panel.region.getByText("click me").click();
    await expect(panel.region.getByRole("link", { name: "a safe link" })).toHaveAttribute(
      "href",
      "https://example.org/ok",
    );
    expect(
      await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], PWNED),
    ).toBeUndefined();
  });
}

test("an unchanged feed costs a 304 Not Modified and changes nothing on screen", async ({
  page,
  liveSite,
}) => {
  serve(liveSite, "rss", [older, oldest]);
  const panel = await open(page, liveSite);
  await panel.open();
  await expect(panel.headings()).toHaveText([older.title, oldest.title]);
  const changes = await watchMutations(page, panel.region, "panel");
  const before = liveSite.feed.log.length;
  await advance(page, liveSite, 30_000);
  const poll = liveSite.feed.log.slice(before);
  expect(poll).toHaveLength(1);
  expect(poll[0]?.status).toBe(304);
  expect(poll[0]?.ifNoneMatch).toMatch(/^"/);
  expect(await changes()).toBe(0);
});

test("a new item waits behind the button, and the tab title counts it until it is shown", async ({
  page,
  liveSite,
}) => {
  serve(liveSite, "atom", [older, oldest]);
  const panel = await open(page, liveSite);
  const title = await page.title();
  expect(title).toContain(article.headline);
  serve(liveSite, "atom", [newer, older, oldest]);
  // Past the 30 s poll with room to spare: on a busy machine the poll's timer may start a little after the panel
  // shows its items; the next poll (at 60 s) stays out of reach.
  await advance(page, liveSite, 40_000);
  await expect(page).toHaveTitle(`(1) ${title}`);
  await expect(panel.toggle).toHaveAccessibleName("Live briefing, 1 new");
  await panel.open();
  await expect(panel.headings()).toHaveText([older.title, oldest.title]);
  await panel.showNew.click();
  await expect(panel.headings()).toHaveText([newer.title, older.title, oldest.title]);
  await expect(page).toHaveTitle(title);
});

test.describe("a failing feed", () => {
  test.use({ allowedConsoleErrors: [/^Failed to load resource: the server responded with a status of 500/] });

  test("is asked less and less often while stale items stay, says when it tries next, and Retry tries at once", async ({
    page,
    liveSite,
  }) => {
    // 20 page-clock minutes in 10 s steps, each waiting for the panel's request to be answered: ~28 s on an idle
    // 2-core machine, past the default 30 s timeout on a busy one.
    test.slow();
    serve(liveSite, "json", [older, oldest]);
    const panel = await open(page, liveSite);
    const healthy = await advance(page, liveSite, 10 * MINUTE);

    liveSite.reply({ status: 500, body: "Internal error", contentType: "text/plain" });
    const failing = await advance(page, liveSite, 10 * MINUTE);
    const gaps = failing.slice(1).map((at, i) => (at - (failing[i] ?? 0)) / 1000);
    console.log(
      `Requests in 10 page-clock minutes: ${healthy.length} while healthy, ${failing.length} while failing (gaps ${gaps.map((g) => `${Math.round(g)} s`).join(", ")}).`,
    );
    expect(healthy).toHaveLength(20);
    expect(failing.length).toBeLessThanOrEqual(6);
    for (const [i, gap] of gaps.entries()) {
      expect(gap).toBeGreaterThanOrEqual(30);
      // Each wait at least as long as the one before, give or take the 10 s steps and the jitter (up to 20% less).
      if (i > 0) expect(gap).toBeGreaterThanOrEqual(Math.min(0.8 * (gaps[i - 1] ?? 0), 240) - 10);
    }

    await expect(panel.toggle).toHaveAccessibleName("Live briefing, not updating");
    await panel.open();
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    await expect(panel.region).toContainText("The feed answered with HTTP 500.");
    await expect(panel.region).toContainText(/It will try again on its own at \d\d:\d\d:\d\d\./);

    serve(liveSite, "json", [older, oldest]);
    const before = liveSite.feed.log.length;
    await panel.retry.click();
    await expect.poll(() => liveSite.feed.log.length).toBe(before + 1);
    await expect(panel.retry).toHaveCount(0);
    await expect(panel.toggle).toHaveAccessibleName("Live briefing");
  });
});
