// The reader's own highlights and notes: made by mouse and by keyboard, kept across reloads, edited, deleted and
// undone, linked both ways with the article, and accessible. Files (export, import) and storage faults have
// specs of their own.
import { article } from "./fixtures/content";
import {
  dragSelect,
  noteEntry,
  openNotes,
  ownMarkOf,
  ownMarks,
  popover,
  seedNotes,
  storedNote,
} from "./fixtures/notes";
import { accessibleText, expect, expectNoAxeViolations, pointAt, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const HIGHLIGHTED = "speaking at NATO headquarters in Brussels";
const NOTED = "the equipment is often bad";

test.describe("by mouse", () => {
  test("Highlight and Note in the selection popover, both kept across a reload", async ({ page }) => {
    await page.goto("/");
    await dragSelect(page, HIGHLIGHTED);
    await expect(popover(page).getByRole("button", { name: "Copy link" })).toBeVisible();
    await popover(page).getByRole("button", { name: "Highlight", exact: true }).click();
    await expect(ownMarkOf(page, HIGHLIGHTED)).toHaveText(HIGHLIGHTED);
    // Named for assistive technology by generated content; the article's text stays the article's.
    expect(await accessibleText(page, ownMarkOf(page, HIGHLIGHTED))).toBe(`Your highlight: ${HIGHLIGHTED}`);
    // (Once the popover, which follows the article in <main>, has gone with the selection.)
    await expect(popover(page)).toBeHidden();
    expect(await page.getByRole("main").textContent()).toBe(
      [article.headline, article.caption, ...article.paragraphs].join(""),
    );

    await dragSelect(page, NOTED);
    await popover(page).getByRole("button", { name: "Note", exact: true }).click();
    const box = page.getByRole("textbox", { name: /^Your note/ });
    await expect(box).toBeFocused();
    await expect(ownMarkOf(page, NOTED)).toHaveText(NOTED);
    await box.fill("Compare with the Kharkiv report.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const notes = await openNotes(page);
    await expect(notes.getByRole("status")).toContainText("Note saved.");

    await page.reload();
    await expect(ownMarkOf(page, HIGHLIGHTED)).toHaveText(HIGHLIGHTED);
    // The names of own highlights are fixed strings in index.css (a name from attr() is slower): the same words.
    expect(await accessibleText(page, ownMarkOf(page, NOTED))).toBe(`Your highlight with a note: ${NOTED}`);
    const reloaded = await openNotes(page);
    await expect(reloaded.getByRole("button", { name: /^Your notes \(2\)/ })).toBeVisible();
    // In reading order: the highlight (paragraph 3) before the note (paragraph 8).
    await expect(reloaded.getByRole("listitem")).toHaveText([
      new RegExp(HIGHLIGHTED),
      new RegExp(`${NOTED}.*Compare with the Kharkiv report\\.`),
    ]);
  });

  test("Cancel and Escape drop a note being started; nothing is saved", async ({ page }) => {
    await page.goto("/");
    await dragSelect(page, NOTED);
    await popover(page).getByRole("button", { name: "Note", exact: true }).click();
    await page.getByRole("textbox", { name: /^Your note/ }).fill("draft");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(ownMarks(page)).toHaveCount(0);
    await expect(page.locator("#article")).toBeFocused();
    await dragSelect(page, NOTED);
    await popover(page).getByRole("button", { name: "Note", exact: true }).click();
    await page.keyboard.type("another draft");
    await page.keyboard.press("Escape");
    await expect(ownMarks(page)).toHaveCount(0);
    await page.reload();
    await expect(ownMarks(page)).toHaveCount(0);
  });
});

test.describe("editing", () => {
  test("a note is edited, deleted, and brought back by Undo", async ({ page }) => {
    await page.goto("/");
    await seedNotes(page, [storedNote("note-0000000000a1", NOTED, "first thoughts")]);
    await page.reload();
    const notes = await openNotes(page);
    const entry = noteEntry(notes, NOTED);
    await entry.getByRole("button", { name: /^Edit note/ }).click();
    const box = entry.getByRole("textbox", { name: /^Your note/ });
    await expect(box).toHaveValue("first thoughts");
    await box.fill("second thoughts");
    await entry.getByRole("button", { name: "Save", exact: true }).click();
    await expect(entry).toContainText("second thoughts");
    await expect(entry.getByRole("button", { name: /^Edit note/ })).toBeFocused();

    await entry.getByRole("button", { name: /^Delete/ }).click();
    await expect(notes.getByRole("listitem")).toHaveCount(0);
    await expect(ownMarks(page)).toHaveCount(0);
    const undo = notes.getByRole("button", { name: "Undo" });
    await expect(notes.getByRole("status")).toContainText("Note deleted.");
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(noteEntry(notes, NOTED)).toContainText("second thoughts");
    await expect(ownMarkOf(page, NOTED)).toHaveText(NOTED);
    await page.reload();
    await expect(noteEntry(await openNotes(page), NOTED)).toContainText("second thoughts");
  });

  test("a note too long for the box stays in it with the reason", async ({ page }) => {
    await page.goto("/");
    await dragSelect(page, NOTED);
    await popover(page).getByRole("button", { name: "Note", exact: true }).click();
    const box = page.getByRole("textbox", { name: /^Your note/ });
    await box.fill("x".repeat(2_010));
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "The note is 10 characters too long: a note holds up to 2000.",
    );
    await expect(box).toHaveValue("x".repeat(2_010));
    await expect(box).toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("linked both ways, like the claims", () => {
  test("a note shows its highlight, and its highlight shows the note", async ({ page }) => {
    await page.goto("/");
    await seedNotes(page, [
      storedNote("note-0000000000b1", HIGHLIGHTED, ""),
      storedNote("note-0000000000b2", "liberate more land", "Land first, then talks?"),
    ]);
    await page.reload();
    const notes = await openNotes(page);
    await noteEntry(notes, "liberate more land")
      .getByRole("button", { name: /^“liberate/ })
      .click();
    const mark = ownMarkOf(page, "liberate more land");
    await expect(mark).toHaveAttribute("aria-current", "true");
    await expect(mark).toBeInViewport();

    await pointAt(page, ownMarkOf(page, HIGHLIGHTED), "click");
    await expect(ownMarkOf(page, HIGHLIGHTED)).toHaveAttribute("aria-current", "true");
    await expect(noteEntry(notes, HIGHLIGHTED).getByRole("button", { name: /^“/ })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(mark).not.toHaveAttribute("aria-current", "true");
  });

  test("crossing highlights are one mark each, inked over their whole passage, and a click on the ink shows its note", async ({
    page,
  }) => {
    const crossing = "headquarters in Brussels ahead of an April";
    await page.goto("/");
    await seedNotes(page, [
      storedNote("note-0000000000d1", HIGHLIGHTED, ""),
      storedNote("note-0000000000d2", crossing, "Where and when."),
    ]);
    await page.reload();
    await expect(ownMarks(page)).toHaveCount(2);
    // The second highlight's <mark> ends where the first does; the ink goes on to its end.
    await expect(page.locator('mark[data-note="note-0000000000d2"]')).toHaveText("headquarters in Brussels");
    const ink = await page.evaluate(() =>
      ["own-ink", "own-ink-overlap"].map((name) =>
        [...(CSS.highlights.get(name) ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }),
      ),
    );
    expect(ink).toEqual([
      ["speaking at NATO headquarters in Brussels ahead of an April"],
      ["headquarters in Brussels"],
    ]);

    const april = await page.evaluate(() => {
      const body = document.querySelector("article .article-body");
      const walker = document.createTreeWalker(body ?? document, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? "").indexOf(" ahead of an April");
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + " ahead of an ".length);
        range.setEnd(node, at + " ahead of an April".length);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      throw new Error("no “ahead of an April” in the body");
    });
    await page.mouse.click(april.x, april.y);
    await expect(page.locator('mark[data-note="note-0000000000d2"]')).toHaveAttribute("aria-current", "true");
    const notes = await openNotes(page);
    await expect(notes.getByRole("button", { name: `“${crossing}”` })).toHaveAttribute(
      "aria-current",
      "true",
    );
  });

  test("a note whose passage is no longer in the text is kept, with the reason", async ({ page }) => {
    await page.goto("/");
    await seedNotes(page, [
      storedNote("note-0000000000c1", "a sentence this article never had in it at all", "Still mine.", false),
    ]);
    await page.reload();
    const entry = noteEntry(await openNotes(page), "a sentence this article");
    await expect(entry).toContainText("Not found in the text.");
    await expect(entry).toContainText("The passage is no longer in the article");
    await expect(entry).toContainText("Still mine.");
    await expect(ownMarks(page)).toHaveCount(0);
  });
});

test.describe("accessibility", () => {
  test("axe finds nothing with notes in the text and the note box open", async ({ page }) => {
    await page.goto("/");
    await seedNotes(page, [
      storedNote("note-0000000000d1", HIGHLIGHTED, ""),
      storedNote("note-0000000000d2", "liberate more land", "A note."),
    ]);
    await page.reload();
    await expect(ownMarks(page)).not.toHaveCount(0);
    await openNotes(page);
    await expectNoAxeViolations(page, "own highlights, Your notes open");
    await dragSelect(page, NOTED);
    await expectNoAxeViolations(page, "selection popover with Highlight and Note");
    await popover(page).getByRole("button", { name: "Note", exact: true }).click();
    await expect(page.getByRole("textbox", { name: /^Your note/ })).toBeFocused();
    await expectNoAxeViolations(page, "note box open");
  });
});
