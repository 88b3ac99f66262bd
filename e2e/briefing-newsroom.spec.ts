import { readFileSync } from "node:fs";
import { advance, expect, openLivePanel, test } from "./fixtures/live-site";

// Issue 28: feeds as newsrooms write them, against a real feed server on another origin (as deployed): what the
// feed leaves out or writes loosely, and a server that asks the reader, by Retry-After, to come back later.
test.use({ timezoneId: "UTC", locale: "en-GB", reducedMotion: "reduce" });
test.describe.configure({ mode: "serial" });

test("a loose newsroom feed: untitled, headline-only, relative links, escaped titles, the dates it uses", async ({
  page,
  liveSite,
}) => {
  const body = readFileSync(new URL("./fixtures/feeds/newsroom.rss.xml", import.meta.url), "utf8");
  liveSite.reply({ status: 200, body, contentType: "application/rss+xml" });
  const panel = await openLivePanel(page, liveSite, "live");
  const origin = liveSite.feed.origin;
  await expect(panel.region).toContainText("Source: 127.0.0.1");
  await expect(panel.headings()).toHaveText([
    "A headline with no text",
    'The "test" headline — escaped twice',
    "A bold word in a CDATA title",
  ]);
  const headlineOnly = panel.item("A headline with no text");
  await expect(headlineOnly).toContainText("10 minutes ago");
  await expect(headlineOnly.getByRole("link", { name: /Read the full update/ })).toHaveAttribute(
    "href",
    `${origin}/live/headline-only.html`,
  );
  const escaped = panel.item('The "test" headline — escaped twice');
  await expect(escaped).toContainText("20 minutes ago");
  await expect(escaped.getByRole("link", { name: "relative link" })).toHaveAttribute(
    "href",
    `${origin}/more.html`,
  );
  const dayOnly = panel.item("A bold word in a CDATA title");
  await expect(dayOnly.locator("time")).toHaveText("15 Jan 2030");
  await expect(dayOnly.locator("time")).toHaveAttribute("datetime", "2030-01-15");
  await expect(panel.region).not.toContainText("Undated");
  await expect(panel.region).not.toContainText("Skipped");
});

test.describe("a server that asks to be left alone", () => {
  test.use({ allowedConsoleErrors: [/^Failed to load resource: the server responded with a status of 429/] });

  test("a 429 with Retry-After: 900 is asked again only after 15 minutes, and the panel says so", async ({
    page,
    liveSite,
  }) => {
    // 16 page-clock minutes in 10 s steps, each waiting for any request to be answered: long on a busy machine.
    test.slow();
    liveSite.reply({
      status: 429,
      body: "Too many requests",
      contentType: "text/plain",
      headers: { "Retry-After": "900" },
    });
    const panel = await openLivePanel(page, liveSite, "stale");
    const status = panel.region.getByText(/^The feed answered with HTTP 429/);
    await expect(status).toHaveText(
      /^The feed answered with HTTP 429, asking for a pause of 15 minutes\. It will try again on its own at 12:15:\d\d\.$/,
    );
    // The time it names is the answer's time plus 15 minutes. The page clock also runs in real time, and on a busy
    // machine each step takes a while: the clock is moved in steps until it reaches that time, not by a fixed sum.
    const [, seconds] = /12:15:(\d\d)/.exec((await status.textContent()) ?? "") ?? [];
    const due = Date.UTC(2030, 0, 15, 12, 15, Number(seconds));
    const pageNow = () => page.evaluate(() => Date.now());
    const askedBefore: number[] = [];
    while ((await pageNow()) < due - 15_000) askedBefore.push(...(await advance(page, liveSite, 10_000)));
    expect(askedBefore, "no request within the 15 minutes the server asked for").toEqual([]);
    const askedAfter: number[] = [];
    while ((await pageNow()) < due + 60_000) askedAfter.push(...(await advance(page, liveSite, 10_000)));
    expect(askedAfter).toHaveLength(1);
    expect(askedAfter[0]).toBeGreaterThanOrEqual(due);
  });
});
