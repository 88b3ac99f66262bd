import { readFileSync } from "node:fs";
import type { FeedStub } from "./fixtures/briefing-feed";
import { hostileFeed, hostileTitle, PWNED } from "./fixtures/briefing-hostile";
import { BriefingPanel, nextPoll, openReader, settle } from "./fixtures/briefing-panel";
import { feedFailureLog, older, oldest, start } from "./fixtures/briefing-scenario";
import { article } from "./fixtures/content";
import { expect, test } from "./fixtures/reader";

// Times are shown in the reader's zone: pin it, so "as of 12:00" is what a reader in UTC sees.
test.use({ timezoneId: "UTC", locale: "en-GB", reducedMotion: "reduce" });

test.describe("live briefing: failures", () => {
  // Chromium itself logs failed requests; those lines are the point of these tests, not app errors.
  test.use({ allowedConsoleErrors: [feedFailureLog] });

  const failures: { name: string; fail: (feed: FeedStub) => void; reason: string; timeout?: boolean }[] = [
    {
      name: "an HTTP error",
      fail: (feed) => {
        feed.respond(503, "Unavailable", "text/plain");
      },
      reason: "The feed answered with HTTP 503.",
    },
    {
      name: "bad JSON",
      fail: (feed) => {
        feed.respond(200, "{ not json");
      },
      reason: "The feed is not valid JSON.",
    },
    {
      name: "a wrong schema",
      fail: (feed) => {
        feed.serveJson({ version: "https://jsonfeed.org/version/1.1", title: "Feed", items: "none" });
      },
      reason: "The feed is not a JSON Feed: items must be an array.",
    },
    {
      name: "a timeout",
      fail: (feed) => {
        feed.hang();
      },
      reason: "The feed did not answer within 10 seconds.",
      timeout: true,
    },
  ];

  for (const failure of failures) {
    test(`a refresh failing with ${failure.name} keeps what is shown, says so, and recovers on its own`, async ({
      page,
    }) => {
      const { feed, panel } = await start(page, [older, oldest]);
      await panel.open();
      await expect(panel.headings()).toHaveText([older.title, oldest.title]);
      failure.fail(feed);
      await nextPoll(page, feed);
      if (failure.timeout) await page.clock.fastForward(10_000);
      await expect(panel.region).toContainText("Couldn't refresh — showing updates as of 12:00.");
      await expect(panel.region).toContainText(failure.reason);
      await expect(panel.retry).toBeVisible();
      await expect(panel.headings()).toHaveText([older.title, oldest.title]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);

      feed.serve([older, oldest]);
      await nextPoll(page, feed);
      await expect(panel.retry).toHaveCount(0);
      await expect(panel.region).not.toContainText("Couldn't refresh");
    });
  }

  test("a failing first load says what happened; Retry recovers", async ({ page }) => {
    const { feed, panel } = await openReader(page);
    feed.respond(500, "Internal error", "text/plain");
    await page.goto("/");
    await feed.requested();
    await panel.open();
    await expect(panel.region).toContainText("Couldn't load the live briefing.");
    await expect(panel.region).toContainText("The feed answered with HTTP 500.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
    await expect(page.getByRole("complementary", { name: "Claims by theme" })).toBeAttached();

    feed.serve([older]);
    await panel.retry.click();
    await expect(panel.headings()).toHaveText([older.title]);
    await expect(panel.retry).toHaveCount(0);
  });

  test("a failing first load keeps saying why while Retry waits for an answer", async ({ page }) => {
    const { feed, panel } = await openReader(page);
    feed.respond(500, "Internal error", "text/plain");
    await page.goto("/");
    await feed.requested();
    await panel.open();
    await expect(panel.region).toContainText("The feed answered with HTTP 500.");
    feed.hang();
    await panel.retry.click();
    await feed.requested(2);
    await expect(panel.region).toContainText("Couldn't load the live briefing.");
    await expect(panel.region).toContainText("The feed answered with HTTP 500. Trying again now…");
    await expect(panel.retry).toBeDisabled();
    await expect(panel.region).not.toContainText("Loading the live briefing");
    await page.clock.fastForward(10_000);
    await expect(panel.region).toContainText("The feed did not answer within 10 seconds.");
    await expect(panel.retry).toBeEnabled();
  });

  test("a failing first load recovers on its own at the next poll", async ({ page }) => {
    const { feed, panel } = await openReader(page);
    feed.respond(502, "Bad gateway", "text/plain");
    await page.goto("/");
    await feed.requested();
    await panel.open();
    await expect(panel.region).toContainText("The feed answered with HTTP 502.");
    feed.serve([older]);
    await nextPoll(page, feed);
    await expect(panel.headings()).toHaveText([older.title]);
    await expect(panel.retry).toHaveCount(0);
  });

  test("being offline keeps what is shown, says so, and recovers on reconnecting", async ({
    page,
    context,
  }) => {
    const { feed, panel } = await start(page, [older, oldest]);
    await panel.open();
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    // Offline emulation does not reach requests that page.route answers, so the stub drops them too.
    await context.setOffline(true);
    feed.disconnect();
    await nextPoll(page, feed);
    await expect(panel.region).toContainText("You're offline — showing updates as of 12:00.");
    await expect(panel.retry).toBeVisible();
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    feed.serve([older, oldest]);
    await context.setOffline(false);
    await expect(panel.retry).toHaveCount(0);
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
  });
});

test.describe("live briefing: hostile and sample feeds", () => {
  // No console error is allowed here: Chrome reports every inline handler it parses (even in an inert document) as
  // a CSP violation, so the sanitiser must remove them before the browser ever parses the HTML.
  test("hostile content never runs, and leaves the console clean: scripts, handlers and javascript: links go", async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const { feed, panel } = await openReader(page);
    feed.serveJson(hostileFeed);
    await page.goto("/");
    await feed.requested();
    await panel.open();
    await expect(panel.headings()).toHaveText([hostileTitle]);
    await expect(panel.region).toContainText("Before the payloads.");
    await expect(
      panel.region.locator("script, img, svg, iframe, form, [onerror], [onload], [onclick]"),
    ).toHaveCount(0);
    for (const name of ["click me", "or me", "or me too"]) {
      await expect(panel.region.getByRole("link", { name, exact: true })).toHaveCount(0);
      await panel.region.getByText(name, { exact: true }).click();
    }
    await expect(panel.region.getByRole("link", { name: "a safe link" })).toHaveAttribute(
      "href",
      "https://example.org/ok",
    );
    await expect(panel.region.getByRole("link", { name: /Read the full update/ })).toHaveCount(0);
    await expect(panel.region).toContainText(
      "Skipped 2 items in the feed: 1 with neither title nor text, 1 that is not an object.",
    );
    await settle(page);
    expect(
      await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], PWNED),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expect(page).toHaveURL(/\/$/);
  });

  test("the shipped sample feed shows its items undated, its key event pinned, and gives readers no instructions", async ({
    page,
  }) => {
    const sample = JSON.parse(readFileSync(new URL("../public/briefing.json", import.meta.url), "utf8")) as {
      title: string;
      items: { title: string; _briefing?: { key?: boolean } }[];
    };
    // No stub: the app fetches the real public/briefing.json.
    const sampleLoaded = page.waitForResponse((response) => response.url().endsWith("/briefing.json"));
    await page.goto("/");
    await sampleLoaded;
    const panel = new BriefingPanel(page);
    await panel.open();
    await expect(panel.region).toContainText(`Source: ${sample.title}`);
    const isKey = (item: (typeof sample.items)[number]) => item._briefing?.key === true;
    await expect(panel.headings()).toHaveText([
      ...sample.items.filter(isKey).map((item) => item.title),
      ...sample.items.filter((item) => !isKey(item)).map((item) => item.title),
    ]);
    await expect(panel.region.getByText("Undated")).toHaveCount(sample.items.length);
    await expect(panel.region.locator("time")).toHaveCount(0);
    // The defect: readers were told "SAMPLE feed: replace before publishing" and "click here" with no link.
    await expect(panel.region).not.toContainText(/replace|publishing|click here|VITE_/i);
  });
});
