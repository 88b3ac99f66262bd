import type { Page } from "@playwright/test";
import { MINUTE, T0, type StubItem } from "./fixtures/briefing-feed";
import { nextPoll, setVisibility, settle, watchMutations } from "./fixtures/briefing-panel";
import { feedFailureLog, newer, newest, older, oldest, start } from "./fixtures/briefing-scenario";
import { article } from "./fixtures/content";
import { expect, expectNoAxeViolations, test, withoutAppScript } from "./fixtures/reader";

// Times are shown in the reader's zone: pin it, so "as of 12:00" is what a reader in UTC sees.
test.use({ timezoneId: "UTC", locale: "en-GB", reducedMotion: "reduce" });

test.describe("live briefing: the disclosure", () => {
  test("is a named button controlling content that is hidden, and out of the tab order, until opened", async ({
    page,
  }) => {
    const { panel } = await start(page, [older, oldest]);
    await expect(panel.toggle).toHaveAccessibleName("Live briefing");
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "false");
    const content = await panel.content();
    await expect(content).toBeHidden();
    await panel.toggle.focus();
    await page.keyboard.press("Tab");
    expect(await content.evaluate((element) => element.contains(document.activeElement))).toBe(false);

    await panel.toggle.focus();
    await page.keyboard.press("Enter");
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "true");
    await expect(content).toBeVisible();
    await expect(panel.region).toContainText(article.promo.title);
    // The promo as the article has it, less its last sentence: a "click here" whose link the content does not give.
    const promo = article.promo.text.replace(
      /\s*For all of RFE\/RL's coverage of the war, click here\.$/,
      "",
    );
    expect(promo).not.toBe(article.promo.text);
    await expect(panel.region).toContainText(promo);
    await expect(panel.region).not.toContainText("click here");
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    await page.keyboard.press("Tab");
    await expect(content).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "false");
    await expect(panel.toggle).toBeFocused();
    await page.keyboard.press("Space");
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "true");
  });

  test("remembers open or closed across reloads, in the right state from the first paint", async ({
    page,
  }) => {
    // Record every state of the panel the browser could paint: from the first node the parser creates, once the
    // page's inline CSS is there (before that nothing is painted), and as the whole stylesheet arrives after it.
    await page.addInitScript(() => {
      const states: string[] = [];
      (window as unknown as { __panelStates: string[] }).__panelStates = states;
      const record = () => {
        if (document.querySelector("head > style") === null) return;
        const button = [...document.querySelectorAll("button[aria-controls]")].find((b) =>
          b.textContent.startsWith("Live briefing"),
        );
        const content = document.getElementById(button?.getAttribute("aria-controls") ?? "");
        if (!button || !content) return;
        const state = `${button.getAttribute("aria-expanded") ?? "?"}/${getComputedStyle(content).display}`;
        if (states.at(-1) !== state) states.push(state);
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true });
      document.addEventListener("load", record, true);
    });
    const states = () =>
      page.evaluate(() => (window as unknown as { __panelStates: string[] }).__panelStates);
    const { panel } = await start(page, [older]);
    await panel.toggle.click();
    await expect(panel.headings()).toHaveText([older.title]);

    await page.reload();
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "true");
    await expect(panel.headings()).toHaveText([older.title]);
    // Never hidden at any point of the reload: no flash of the collapsed state.
    expect((await states()).filter((state) => state.endsWith("/none"))).toEqual([]);

    // The page as its HTML and its inline boot script alone make it, before any app script: the prerendered
    // markup says collapsed, yet the stored choice already shows the content.
    await page.route("**/assets/*.js", withoutAppScript);
    await page.reload({ waitUntil: "load" });
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "false");
    await expect(await panel.content()).toBeVisible();
    await page.unroute("**/assets/*.js");
    await page.reload();
    // Hydrated: the prerendered "false" has become the stored "true".
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "true");
    // The page's first press also fetches the text-selection code: let it arrive before app scripts are held back,
    // or this page would get an empty module (CI caught it logging that selecting text could not be set up).
    const selectionCode = page.waitForResponse(/\/assets\/selection-watcher-[^/]*\.js$/);
    await panel.toggle.click();
    await selectionCode;
    await page.route("**/assets/*.js", withoutAppScript);
    await page.reload({ waitUntil: "load" });
    await expect(await panel.content()).toBeHidden();
    await page.unroute("**/assets/*.js");
    await page.reload();
    await expect(panel.toggle).toHaveAttribute("aria-expanded", "false");
    await expect(await panel.content()).toBeHidden();
    expect((await states()).filter((state) => !state.endsWith("/none"))).toEqual([]);
  });
});

test.describe("live briefing: polling", () => {
  test("holds new updates behind an 'N new updates' button, never moving what is shown", async ({ page }) => {
    const { feed, panel } = await start(page, [older, oldest]);
    await panel.open();
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    const liveChanges = await watchMutations(page, panel.liveRegion, "live");
    const topBefore = (await panel.item(older.title).boundingBox())?.y;

    feed.serve([newer, older, oldest]);
    await nextPoll(page, feed);
    await expect(panel.showNew).toHaveText("Show 1 new update");
    await expect(panel.liveRegion).toHaveText("1 new update");
    await expect(panel.toggle).toHaveAccessibleName("Live briefing, 1 new");
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    expect((await panel.item(older.title).boundingBox())?.y).toBe(topBefore);
    expect(await liveChanges()).toBe(1);

    // Collapsed, the button still counts what is waiting.
    await panel.toggle.click();
    feed.serve([newest, newer, older, oldest]);
    await nextPoll(page, feed);
    await expect(panel.toggle).toHaveAccessibleName("Live briefing, 2 new");
    await expect(panel.liveRegion).toHaveText("2 new updates");
    expect(await liveChanges()).toBe(2);

    await panel.toggle.click();
    await panel.showNew.click();
    await expect(panel.headings()).toHaveText([newest.title, newer.title, older.title, oldest.title]);
    await expect(panel.item(newest.title)).toBeFocused();
    await expect(panel.showNew).toHaveCount(0);
    await expect(panel.toggle).toHaveAccessibleName("Live briefing");
    // Counts only: no item text ever reaches the live region.
    await expect(panel.liveRegion).not.toContainText(newest.title);
  });

  test("with its worker blocked (a strict policy, a deploy that lost the file) the panel polls from the page", async ({
    page,
  }) => {
    const blocked: string[] = [];
    await page.route(/\/assets\/feed-worker-[\w-]+\.js$/, async (route) => {
      blocked.push(route.request().url());
      await route.fulfill({ status: 404, body: "" });
    });
    const { feed, panel } = await start(page, [older, oldest]);
    expect(blocked, "the page started the feed worker").toHaveLength(1);
    await panel.open();
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    feed.serve([newer, older, oldest]);
    await nextPoll(page, feed);
    await expect(panel.showNew).toHaveText("Show 1 new update");
    await panel.showNew.click();
    await expect(panel.headings()).toHaveText([newer.title, older.title, oldest.title]);
  });

  test("an unchanged poll changes nothing on screen and announces nothing", async ({ page }) => {
    const { feed, panel } = await start(page, [older, oldest]);
    await panel.open();
    await expect(panel.headings()).toHaveText([older.title, oldest.title]);
    const before = await panel.region.innerHTML();
    const changes = await watchMutations(page, panel.region, "panel");
    await nextPoll(page, feed);
    expect(await changes()).toBe(0);
    expect(await panel.region.innerHTML()).toBe(before);
  });

  test("updates a revised item in place and says 'Updated'", async ({ page }) => {
    const { feed, panel } = await start(page, [older, oldest]);
    await panel.open();
    const topBefore = (await panel.item(older.title).boundingBox())?.y;
    const revised = {
      ...older,
      title: "Foreign ministers gather (corrected)",
      text: "Corrected text.",
      modified: T0 + 20_000,
    };
    feed.serve([revised, oldest]);
    await nextPoll(page, feed);
    await expect(panel.headings()).toHaveText([revised.title, oldest.title]);
    const item = panel.item(revised.title);
    await expect(item).toContainText("Corrected text.");
    await expect(item).toContainText("Updated just now");
    await expect(item.locator("time").last()).toHaveAttribute(
      "datetime",
      new Date(revised.modified).toISOString(),
    );
    expect((await item.boundingBox())?.y).toBe(topBefore);
    await expect(panel.showNew).toHaveCount(0);
    await expect(panel.liveRegion).toHaveText("1 update revised");
  });

  test("relative times tick over without refetching; a hidden tab polls every 5 minutes and catches up on return", async ({
    page,
  }) => {
    const fresh: StubItem = { id: "fresh", title: "Fresh update", published: T0 - 20_000 };
    const { feed, panel } = await start(page, [fresh]);
    await panel.open();
    const time = panel.item(fresh.title).locator("time");
    await expect(time).toHaveText("just now · 15 Jan 2030, 11:59");
    await expect(time).toHaveAttribute("datetime", "2030-01-15T11:59:40.000Z");

    await setVisibility(page, "hidden");
    const requests = feed.requests;
    await page.clock.fastForward(4 * MINUTE);
    await expect(time).toHaveText("4 minutes ago · 15 Jan 2030, 11:59");
    // Not every 30 s while hidden: once 5 minutes after the last poll, so the tab's title can count new updates.
    expect(feed.requests).toBe(requests);
    await page.clock.fastForward(MINUTE);
    await expect.poll(() => feed.requests).toBe(requests + 1);
    // Answered before the clock moves on: a response handled after the jump would date that poll 2 minutes later,
    // and showing the page would then rightly not poll (it did so once, in a full run on a busy machine).
    await settle(page);
    await page.clock.fastForward(2 * MINUTE);
    await expect(time).toHaveText("7 minutes ago · 15 Jan 2030, 11:59");
    expect(feed.requests).toBe(requests + 1);

    // Back in view more than 30 s after the last poll: it polls at once.
    await setVisibility(page, "visible");
    await expect.poll(() => feed.requests).toBe(requests + 2);
  });
});

test.describe("live briefing: layout and accessibility", () => {
  async function panelInEveryState(page: Page, label: string) {
    const { feed, panel } = await start(page, [
      older,
      { ...oldest, modified: T0 - MINUTE, url: "https://example.org/a" },
    ]);
    await expect(panel.toggle).toBeVisible();
    await expectNoAxeViolations(page, `${label}: panel closed`);
    await panel.open();
    await expect(panel.headings()).toHaveCount(2);
    feed.serve([newer, older, oldest]);
    await nextPoll(page, feed);
    await expect(panel.showNew).toBeVisible();
    await expectNoAxeViolations(page, `${label}: panel open with new updates waiting`);
    feed.respond(503, "Unavailable", "text/plain");
    await nextPoll(page, feed);
    await expect(panel.retry).toBeVisible();
    await expectNoAxeViolations(page, `${label}: panel open after a failed refresh`);
    return panel;
  }

  test.describe("wide screens", () => {
    test.use({ allowedConsoleErrors: [feedFailureLog] });

    test("no axe violations closed or open, and the panel covers none of the article", async ({ page }) => {
      const panel = await panelInEveryState(page, "wide");
      const box = await panel.region.boundingBox();
      for (const paragraph of await page.locator("article p").all()) {
        const p = await paragraph.boundingBox();
        if (!box || !p) continue;
        const overlaps =
          p.x < box.x + box.width &&
          box.x < p.x + p.width &&
          p.y < box.y + box.height &&
          box.y < p.y + p.height;
        expect(overlaps, "the briefing panel overlaps an article paragraph").toBe(false);
      }
    });
  });

  test.describe("dark scheme", () => {
    test.use({ colorScheme: "dark", allowedConsoleErrors: [feedFailureLog] });
    test("no axe violations in the dark scheme", async ({ page }) => {
      await panelInEveryState(page, "dark");
    });
  });

  test.describe("narrow screens", () => {
    test.use({ viewport: { width: 390, height: 760 }, allowedConsoleErrors: [feedFailureLog] });

    test("is a bar at the bottom the reader can open, which never hides the end of the article", async ({
      page,
    }) => {
      const { panel } = await start(page, [older, oldest]);
      const bar = await panel.region.boundingBox();
      expect(bar && Math.round(bar.y + bar.height)).toBe(760);
      expect(bar && bar.height).toBeLessThan(80);
      await page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
      });
      const last = await page.locator("article p[data-start]").last().boundingBox();
      expect(last && bar && last.y + last.height).toBeLessThanOrEqual(bar?.y ?? 0);

      await panel.toggle.click();
      await expect(panel.headings()).toHaveText([older.title, oldest.title]);
      const sheet = await panel.region.boundingBox();
      expect(sheet && sheet.height).toBeLessThanOrEqual(760 * 0.6 + 80);
      await expectNoAxeViolations(page, "narrow: panel open");
    });

    test("no axe violations on a narrow screen", async ({ page }) => {
      await panelInEveryState(page, "narrow");
    });
  });
});
