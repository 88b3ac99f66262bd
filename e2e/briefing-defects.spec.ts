import { MINUTE, T0, type StubItem } from "./fixtures/briefing-feed";
import { nextPoll } from "./fixtures/briefing-panel";
import { feedFailureLog, older, oldest, start } from "./fixtures/briefing-scenario";
import { expect, test } from "./fixtures/reader";

// Each defect seen in the panel, with the test that would have caught it.
test.use({ timezoneId: "UTC", locale: "en-GB", reducedMotion: "reduce" });

const manyItems = (count: number): StubItem[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `item-${i}`,
    title: `Update number ${i + 1}`,
    published: T0 - (i + 1) * MINUTE,
  }));

test("a feed of 10,000 items renders nothing while closed and a bounded window when open", async ({
  page,
}) => {
  const { panel } = await start(page, manyItems(10_000));
  await expect(panel.toggle).toHaveAttribute("aria-expanded", "false");
  await expect(panel.region.getByRole("listitem")).toHaveCount(0);
  expect(await panel.region.locator("li").count()).toBe(0);

  await panel.open();
  await expect(panel.headings()).toHaveCount(20);
  await expect(panel.headings().first()).toHaveText("Update number 1");
  const older = panel.region.getByRole("button", { name: "Show older updates (9,980 more)" });
  await older.click();
  await expect(panel.headings()).toHaveCount(40);
  // Focus moves to the first update that appeared, where the reader continues.
  await expect(panel.item("Update number 21")).toBeFocused();
  await expect(panel.region.getByRole("button", { name: "Show older updates (9,960 more)" })).toBeVisible();

  await panel.toggle.click();
  await expect(panel.region.locator("li")).toHaveCount(0);
});

test("items dated in the future show their date, say so, and never go first", async ({ page }) => {
  const farFuture: StubItem = { id: "y9999", title: "Dated 9999", published: Date.UTC(9999, 0, 1) };
  const future: StubItem = { id: "y2099", title: "Dated 2099", published: Date.UTC(2099, 5, 1, 9, 30) };
  const { panel } = await start(page, [farFuture, future, older, oldest]);
  await panel.open();
  await expect(panel.headings()).toHaveText([older.title, oldest.title, farFuture.title, future.title]);
  await expect(panel.item(future.title)).toContainText("Dated in the future: 1 Jun 2099, 09:30");
  await expect(panel.item(farFuture.title)).toContainText("Dated in the future: 1 Jan 9999");
  await expect(panel.region).not.toContainText("just now");
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("long unbroken titles, text and URLs wrap instead of widening the panel or the page", async ({
    page,
  }) => {
    const long = "x".repeat(2000);
    const { panel } = await start(page, [
      {
        id: "long",
        title: `Title${long}`,
        text: `https://example.org/${long}`,
        url: `https://example.org/${long}`,
        published: T0 - MINUTE,
      },
      {
        id: "html",
        title: "HTML",
        html: `<p><a href="https://example.org/">${long}</a></p>`,
        published: T0 - 2 * MINUTE,
      },
    ]);
    await panel.open();
    await expect(panel.headings()).toHaveCount(2);
    // Shortened in the list (issue 28): the link shows the start of its long text.
    await expect(panel.region.getByRole("link", { name: /^x{200,}…$/ })).toBeVisible();
    const content = await panel.content();
    const widths = await content.evaluate((element) => ({
      panel: [element.scrollWidth, element.clientWidth],
      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    }));
    expect(widths.panel[0]).toBeLessThanOrEqual(widths.panel[1] ?? 0);
    expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1] ?? 0);
  });
});

test.describe("the live indicator", () => {
  test.use({ allowedConsoleErrors: [feedFailureLog] });

  test("says live, not updating or offline in words and by shape, not only by colour", async ({
    page,
    context,
  }) => {
    const { feed, panel } = await start(page, [older]);
    const dot = panel.toggle.locator("[data-live-status]");
    await expect(panel.toggle).toHaveAccessibleName("Live briefing");
    await expect(dot).toHaveAttribute("data-live-status", "live");
    // The shape: a filled dot while live; a ring (a border, no fill) otherwise, dashed when offline.
    const shape = () =>
      dot.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.borderTopWidth} ${style.borderTopStyle} ${style.backgroundColor}`;
      });
    expect(await shape()).toMatch(/^0px .* rgb\(/);

    feed.respond(503, "Unavailable", "text/plain");
    await nextPoll(page, feed);
    await expect(panel.toggle).toHaveAccessibleName("Live briefing, not updating");
    await expect(panel.toggle).toContainText("not updating");
    await expect(dot).toHaveAttribute("data-live-status", "stale");
    expect(await shape()).toMatch(/^2px solid rgba\(0, 0, 0, 0\)$/);

    await context.setOffline(true);
    await expect(panel.toggle).toHaveAccessibleName("Live briefing, offline");
    await expect(panel.toggle).toContainText("offline");
    await expect(dot).toHaveAttribute("data-live-status", "offline");
    expect(await shape()).toMatch(/^2px dashed rgba\(0, 0, 0, 0\)$/);

    feed.serve([older]);
    await context.setOffline(false);
    await expect(panel.toggle).toHaveAccessibleName("Live briefing");
    await expect(dot).toHaveAttribute("data-live-status", "live");
  });
});
