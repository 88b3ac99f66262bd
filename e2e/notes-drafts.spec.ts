// A note being written is never lost: not by opening another editor, closing the list, reloading or closing the
// tab, nor by another tab's edit. It goes only by the reader's own Cancel or Escape, and Undo brings it back.
import {
  dragSelect,
  noteEntry,
  openNotes,
  ownMarkOf,
  popover,
  seedNotes,
  storedNote,
} from "./fixtures/notes";
import { expect, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const DRAFTED = "the equipment is often bad";
const SAVED = "liberate more land";

test("a draft stays through another editor, a closed list and a reload", async ({ page }) => {
  await page.goto("/");
  await seedNotes(page, [storedNote("note-0000000000e1", SAVED, "")]);
  await page.reload();
  await dragSelect(page, DRAFTED);
  await popover(page).getByRole("button", { name: "Note", exact: true }).click();
  await page.getByRole("textbox", { name: /^Your note/ }).fill("Half a thought");

  // Opening another editor keeps the first, with its words.
  const notes = await openNotes(page);
  await noteEntry(notes, SAVED)
    .getByRole("button", { name: /^Add a note/ })
    .click();
  await expect(noteEntry(notes, SAVED).getByRole("textbox", { name: /^Your note/ })).toBeFocused();
  await expect(noteEntry(notes, DRAFTED).getByRole("textbox", { name: /^Your note/ })).toHaveValue(
    "Half a thought",
  );

  // Closing and opening the list keeps both.
  await notes.getByRole("button", { name: /^Your notes/ }).click();
  await expect(notes.getByRole("textbox")).toHaveCount(0);
  await notes.getByRole("button", { name: /^Your notes/ }).click();
  await expect(notes.getByRole("textbox")).toHaveCount(2);

  // A reload shows the draft where it was, its passage still highlighted.
  await page.reload();
  const reloaded = page.getByRole("region", { name: /^Your notes/ });
  await expect(noteEntry(reloaded, DRAFTED).getByRole("textbox", { name: /^Your note/ })).toHaveValue(
    "Half a thought",
  );
  await expect(ownMarkOf(page, DRAFTED)).toHaveText(DRAFTED);
});

test("a draft stays when the tab is closed; only Cancel discards it, and Undo brings it back", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await dragSelect(page, DRAFTED);
  await popover(page).getByRole("button", { name: "Note", exact: true }).click();
  await page.getByRole("textbox", { name: /^Your note/ }).fill("Half a thought");
  await page.close();
  const next = await context.newPage();
  await next.goto("/");
  const there = next.getByRole("region", { name: /^Your notes/ });
  const draft = noteEntry(there, DRAFTED);
  await expect(draft.getByRole("textbox", { name: /^Your note/ })).toHaveValue("Half a thought");

  // Only Cancel discards it, and Undo brings it back.
  await draft.getByRole("button", { name: "Cancel" }).click();
  await expect(there.getByRole("status")).toContainText("Note discarded.");
  await expect(noteEntry(there, DRAFTED)).toHaveCount(0);
  await there.getByRole("button", { name: "Undo" }).click();
  const back = noteEntry(there, DRAFTED).getByRole("textbox", { name: /^Your note/ });
  await expect(back).toHaveValue("Half a thought");
  await expect(back).toBeFocused();
  await back.press("Control+Enter");
  // Saved: the editor closes only once storage has the note (and the draft is forgotten).
  await expect(there.getByRole("textbox", { name: /^Your note/ })).toHaveCount(0);
  await expect(noteEntry(there, DRAFTED)).toContainText("Half a thought");
  await next.reload();
  await expect(noteEntry(await openNotes(next), DRAFTED)).toContainText("Half a thought");
  await expect(next.getByRole("textbox", { name: /^Your note/ })).toHaveCount(0);
});

test("another tab's edit of a note being edited here is shown, and the reader chooses; nothing is overwritten", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await seedNotes(page, [storedNote("note-0000000000e2", SAVED, "first")]);
  await page.reload();
  const other = await context.newPage();
  await other.goto("/");
  // The other tab has read the notes before this one starts a draft (a tab that reads them later is shown the
  // draft, kept in this browser, and would open the note in its editor).
  const there = await openNotes(other);
  await expect(noteEntry(there, SAVED).getByRole("button", { name: /^Edit note/ })).toBeVisible();

  const here = await openNotes(page);
  await noteEntry(here, SAVED)
    .getByRole("button", { name: /^Edit note/ })
    .click();
  await noteEntry(here, SAVED)
    .getByRole("textbox", { name: /^Your note/ })
    .fill("mine");

  await noteEntry(there, SAVED)
    .getByRole("button", { name: /^Edit note/ })
    .click();
  await noteEntry(there, SAVED)
    .getByRole("textbox", { name: /^Your note/ })
    .fill("theirs");
  await noteEntry(there, SAVED).getByRole("button", { name: "Save", exact: true }).click();
  await expect(noteEntry(there, SAVED)).toContainText("theirs");

  // Here: both versions, and a choice; Save alone does not overwrite theirs.
  const entry = noteEntry(here, SAVED);
  await expect(entry).toContainText("Another tab saved a different version of this note");
  await expect(entry.getByRole("blockquote")).toHaveText("theirs");
  await entry.getByRole("button", { name: "Save", exact: true }).click();
  await expect(entry.getByRole("alert")).toContainText("Choose which version to keep");
  await expect(noteEntry(there, SAVED)).toContainText("theirs");
  await entry.getByRole("button", { name: "Keep mine" }).click();
  await entry.getByRole("button", { name: "Save", exact: true }).click();
  await expect(entry).toContainText("mine");
  await expect(noteEntry(there, SAVED)).toContainText("mine");
});

test("focus on the selection popover's buttons stays put when the notes' code arrives", async ({ page }) => {
  // The notes' code is held back until the test lets it through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/(reduce|notes-adapter|NotesPanel)-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  await dragSelect(page, DRAFTED);
  const copy = popover(page).getByRole("button", { name: /^Copy link/ });
  await copy.focus();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement & { __before?: true }).__before = true;
  });
  const loaded = page.waitForResponse(/\/assets\/reduce-[^/]*\.js$/);
  release();
  await loaded;
  // Busy while the notes load, then not.
  await expect(page.getByRole("region", { name: /^Your notes/ })).toHaveAttribute("aria-busy", "false");
  expect(
    await page.evaluate(
      () => (document.activeElement as HTMLElement & { __before?: true }).__before === true,
    ),
  ).toBe(true);
  await expect(copy).toBeFocused();
});
