import type { Locator, Page } from "@playwright/test";
import { MINUTE, T0, type StubItem } from "./fixtures/briefing-feed";
import { start } from "./fixtures/briefing-scenario";
import { expect, expectNoAxeViolations, test } from "./fixtures/reader";

// Issue 28: a 1.1-million-character item rendered in full, one list item 568,825 px tall. Long items are now
// shortened in the list, read on demand one part at a time, and no item is ever taller than the screen.
test.use({ timezoneId: "UTC", locale: "en-GB", reducedMotion: "reduce" });

// Written for the test: numbered sentences, so each part can be told from the others.
const sentences = (count: number) =>
  Array.from({ length: count }, (_, i) => `Sentence ${i + 1} of a very long test update.`).join(" ");

const huge: StubItem = {
  id: "huge",
  title: "An update of over a million characters",
  text: sentences(26_000),
  published: T0 - MINUTE,
};
const longHtml: StubItem = {
  id: "long-html",
  title: "A long update in HTML",
  html: Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1}: ${sentences(3)}</p>`).join(""),
  published: T0 - 2 * MINUTE,
};
const short: StubItem = {
  id: "short",
  title: "A short update",
  text: "Short enough to show whole.",
  published: T0 - 3 * MINUTE,
};

/** The item's height against the viewport's. */
async function heights(page: Page, item: Locator): Promise<{ item: number; screen: number }> {
  const box = await item.boundingBox();
  return { item: box?.height ?? Infinity, screen: page.viewportSize()?.height ?? 0 };
}

for (const [label, viewport] of [
  ["a phone", { width: 375, height: 812 }],
  ["a laptop", { width: 1280, height: 720 }],
] as const) {
  test.describe(`on ${label}`, () => {
    test.use({ viewport });

    test("a long item is shortened, read part by part on demand, and never taller than the screen", async ({
      page,
    }) => {
      // Axe takes many seconds per run on a busy machine: run once, on the phone, with every control long items add.
      test.slow(label === "a phone", "axe runs on the phone");
      expect(huge.text?.length).toBeGreaterThan(1_100_000);
      const { panel } = await start(page, [huge, longHtml, short]);
      await panel.open();
      const item = panel.item(huge.title);
      await expect(item).toContainText("Sentence 1 of a very long test update.");
      await expect(item).not.toContainText("Sentence 20 of");
      const shortened = await heights(page, item);
      expect(shortened.item).toBeLessThan(shortened.screen / 2);
      await expect(panel.item(short.title).getByRole("button", { name: /Read more/ })).toHaveCount(0);

      const more = item.getByRole("button", { name: /^Read more/ });
      // Named apart from the other items' buttons, for a screen reader's list of controls.
      await expect(more).toHaveAccessibleName(new RegExp(`^Read more\\W+${huge.title}$`));
      await expect(more).toHaveAttribute("aria-expanded", "false");
      await more.click();
      const toggle = item.getByRole("button", { name: /^Show less/ });
      await expect(toggle).toBeFocused();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(item).toContainText(/Part 1 of [\d,]+/);
      const first = await heights(page, item);
      expect(first.item).toBeLessThanOrEqual(first.screen);

      await item.getByRole("button", { name: /^Next part/ }).click();
      await expect(item).toContainText(/Part 2 of [\d,]+/);
      await expect(item).not.toContainText("Sentence 1 of a very long test update.");
      const second = await heights(page, item);
      expect(second.item).toBeLessThanOrEqual(second.screen);
      // Reading goes on in the text just turned to.
      await expect(page.locator(":focus")).toContainText(/Sentence \d+ of a very long test update/);
      if (label === "a phone") await expectNoAxeViolations(page, "a long item read, part 2");

      await toggle.click();
      await expect(item).not.toContainText(/Part \d/);
      await expect(item.getByRole("button", { name: /^Read more/ })).toBeFocused();

      console.log(
        `${label}: the ${huge.text?.length.toLocaleString("en")}-character item is ${shortened.item} px shortened, ` +
          `${first.item} and ${second.item} px for parts 1 and 2, on a screen ${first.screen} px tall`,
      );

      const html = panel.item(longHtml.title);
      await html.getByRole("button", { name: /Read more/ }).click();
      await expect(html.locator("p", { hasText: "Paragraph 1:" })).toHaveCount(1);
      const parts = await heights(page, html);
      expect(parts.item).toBeLessThanOrEqual(parts.screen);
    });
  });
}
