// The reader's own notes by keyboard alone. Keyboard users select page text with caret browsing (F7 in Chrome,
// Firefox and Edge); Chromium's flag turns it on for this file (a browser option: one file, one browser). It runs in
// the full browser (the "chromium-full" project of playwright.config.ts): the headless shell has no caret browsing.
import config from "../playwright.config";
import { noteEntry, openNotes, ownMarkOf, ownMarks, popover } from "./fixtures/notes";
import { expect, test } from "./fixtures/reader";

const launch = config.projects?.find((p) => p.name === "chromium-full")?.use?.launchOptions ?? {};
test.use({
  reducedMotion: "reduce",
  launchOptions: { ...launch, args: [...(launch.args ?? []), "--enable-caret-browsing"] },
});

test.describe("by keyboard", () => {
  test("h and n act on a selection made with Shift and the arrow keys; Ctrl+Enter saves", async ({
    page,
  }) => {
    await page.goto("/");
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    for (const key of ["h", "n", "q"])
      await expect(help.getByRole("cell", { name: key, exact: true })).toBeVisible();
    await page.keyboard.press("Escape");

    // The caret starts at the skip link's target, the article; Down moves it into the body, a line at a time.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator("#article")).toBeFocused();
    await page
      .locator("article p[data-start]")
      .first()
      .click({ position: { x: 2, y: 8 } });
    for (let i = 0; i < 10; i++) await page.keyboard.press("Shift+ArrowRight");
    await expect(popover(page)).toBeVisible();
    const first = (await page.evaluate(() => getSelection()?.toString() ?? "")).trim();
    expect(first).toBe("BRUSSELS -");
    await page.keyboard.press("h");
    await expect(ownMarkOf(page, first)).toHaveText(first);

    await page.keyboard.press("End");
    await page.keyboard.press("Shift+Home");
    const selected = (await page.evaluate(() => getSelection()?.toString() ?? "")).trim();
    expect(selected.length).toBeGreaterThan(10);
    await page.keyboard.press("n");
    const box = page.getByRole("textbox", { name: /^Your note/ });
    await expect(box).toBeFocused();
    await page.keyboard.type("Typed without a mouse.");
    await page.keyboard.press("Control+Enter");
    const notes = await openNotes(page);
    await expect(noteEntry(notes, selected)).toContainText("Typed without a mouse.");
    await expect(noteEntry(notes, selected).getByRole("button", { name: /^“/ })).toBeFocused();

    await page.reload();
    await expect(ownMarks(page).filter({ hasText: first })).not.toHaveCount(0);
    await expect(noteEntry(await openNotes(page), selected)).toContainText("Typed without a mouse.");
  });
});
