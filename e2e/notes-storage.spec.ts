// Storage faults get clear answers and lose nothing; two tabs stay in sync; quiet reading is remembered.
import type { Page } from "@playwright/test";
import { NOTES_STORAGE } from "../src/lib/notes/collection";
import { claims } from "./fixtures/content";
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
import { expect, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const PHRASE = "the equipment is often bad";

test("without storage (private modes, blocked), notes work for the session and the reader is told", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", {
      get() {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      },
    });
  });
  await page.goto("/");
  await dragSelect(page, PHRASE);
  await popover(page).getByRole("button", { name: "Highlight", exact: true }).click();
  await expect(ownMarkOf(page, PHRASE)).toHaveText(PHRASE);
  const notes = await openNotes(page);
  await expect(notes).toContainText("This browser does not let the page store notes");
  await expect(notes).toContainText("Export them to keep them.");
  await expect(noteEntry(notes, PHRASE)).toBeVisible();
  // The status line agrees with the notice: nothing here is "saved".
  await expect(notes.getByRole("status")).toHaveText("Highlight kept until this tab is closed.");
  await noteEntry(notes, PHRASE)
    .getByRole("button", { name: /^Add a note/ })
    .click();
  await notes.getByRole("textbox", { name: /^Your note/ }).fill("For this tab.");
  await notes.getByRole("button", { name: "Save", exact: true }).click();
  await expect(notes.getByRole("status")).toHaveText("Note kept until this tab is closed.");
  await expect(notes).not.toContainText(/saved/i);
});

test("damaged records are skipped with a count, and the others load", async ({ page }) => {
  await page.goto("/");
  await seedNotes(page, [
    storedNote("note-0000000000a1", PHRASE, "Fine."),
    { id: "note-broken-1", type: "Annotation", target: "not a passage" },
    { id: "note-broken-2", type: "Annotation", body: { type: "TextualBody", value: 42 }, target: {} },
  ]);
  await page.reload();
  const notes = await openNotes(page);
  await expect(notes).toContainText("2 saved notes could not be read (damaged in storage) and are not shown");
  await expect(noteEntry(notes, PHRASE)).toContainText("Fine.");
  await expect(ownMarkOf(page, PHRASE)).toHaveText(PHRASE);
});

test("notes kept one record each by earlier versions load, damaged ones included, and are moved into one", async ({
  page,
}) => {
  await page.goto("/");
  await seedNotes(
    page,
    [storedNote("note-0000000000c1", PHRASE, "From before."), { id: "note-broken-3", target: 7 }],
    { perNote: true },
  );
  await page.reload();
  const notes = await openNotes(page);
  await expect(noteEntry(notes, PHRASE)).toContainText("From before.");
  await expect(notes).toContainText("1 saved note could not be read (damaged in storage)");
  const stored = await page.evaluate(
    (where) =>
      new Promise<unknown[]>((resolve) => {
        indexedDB.open(where.database).onsuccess = (event) => {
          const db = (event.target as IDBOpenDBRequest).result;
          const keys = db.transaction(where.store).objectStore(where.store).getAllKeys();
          keys.onsuccess = () => {
            resolve(keys.result);
          };
        };
      }),
    NOTES_STORAGE,
  );
  expect(stored).toEqual([NOTES_STORAGE.key]);
  await page.reload();
  await expect(noteEntry(await openNotes(page), PHRASE)).toContainText("From before.");
});

test("when storage is full the note stays in its box with the reason, and saves once there is room", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, "put")?.value as (
      this: IDBObjectStore,
      ...args: unknown[]
    ) => IDBRequest<IDBValidKey>;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: unknown[]) {
      if ((window as { __full?: boolean }).__full)
        throw new DOMException("Quota exceeded.", "QuotaExceededError");
      return original.apply(this, args);
    };
  });
  await page.goto("/");
  await page.evaluate(() => ((window as { __full?: boolean }).__full = true));
  await dragSelect(page, PHRASE);
  await popover(page).getByRole("button", { name: "Note", exact: true }).click();
  const box = page.getByRole("textbox", { name: /^Your note/ });
  await box.fill("Do not lose me.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Your browser's storage for this site is full");
  await expect(box).toHaveValue("Do not lose me.");
  await page.evaluate(() => ((window as { __full?: boolean }).__full = false));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(box).toHaveCount(0);
  await page.reload();
  await expect(noteEntry(await openNotes(page), PHRASE)).toContainText("Do not lose me.");
});

test("two tabs stay in sync", async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto("/");
  await other.goto("/");
  await dragSelect(page, PHRASE);
  await popover(page).getByRole("button", { name: "Highlight", exact: true }).click();
  // The other tab had no notes (and no notes code): it loads them when the first one is saved.
  await expect(ownMarkOf(other, PHRASE)).toHaveText(PHRASE);
  const there = await openNotes(other);
  const here = await openNotes(page);
  await noteEntry(here, PHRASE)
    .getByRole("button", { name: /^Add a note/ })
    .click();
  await here.getByRole("textbox", { name: /^Your note/ }).fill("Written in the first tab.");
  await here.getByRole("button", { name: "Save", exact: true }).click();
  await expect(noteEntry(there, PHRASE)).toContainText("Written in the first tab.");
  await noteEntry(there, PHRASE)
    .getByRole("button", { name: /^Delete/ })
    .click();
  await expect(ownMarks(page)).toHaveCount(0);
});

test.describe("quiet reading", () => {
  const background = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.backgroundImage} ${style.textDecorationLine}`;
      });
  // An own highlight's ink is a custom highlight over its text (src/features/article/own-ink.ts).
  const ink = (page: Page) =>
    page
      .locator("mark[data-note]")
      .first()
      .evaluate((el) => {
        const painted = CSS.highlights.get("own-ink")?.size ?? 0;
        return painted > 0 ? getComputedStyle(el, "::highlight(own-ink)").backgroundColor : "no ink";
      });

  test("Hide highlights hides every highlight, is remembered from first paint, and q brings them back", async ({
    page,
  }) => {
    await page.goto("/");
    await seedNotes(page, [storedNote("note-0000000000a2", PHRASE, "")]);
    await page.reload();
    await expect(ownMarkOf(page, PHRASE)).toHaveCount(1);
    const quote = "mark[data-quote]";
    const shown = { quote: await background(page, quote), own: await ink(page) };
    expect(shown.own).not.toBe("no ink");
    expect(shown.own).not.toBe("rgba(0, 0, 0, 0)");
    const toggle = page.getByRole("switch", { name: "Hide highlights" });
    await expect(toggle).toHaveAttribute("aria-checked", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    const plain = "rgba(0, 0, 0, 0) none none";
    expect(await background(page, quote)).toBe(plain);
    expect(await background(page, "mark[data-note]")).toBe(plain);
    expect(await ink(page)).toBe("rgba(0, 0, 0, 0)");

    // Remembered, and applied before the app has hydrated: no flash of highlights.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/index-*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await page.locator("html[data-hydrated]").count()).toBe(0);
    expect(await background(page, quote)).toBe(plain);
    release();
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await expect(page.getByRole("switch", { name: "Hide highlights" })).toHaveAttribute(
      "aria-checked",
      "true",
    );

    // Links still work: a claim still shows its quote, outlined.
    const claim = claims.find((c) => c.id === "attrition-main-challenge")?.summary ?? "";
    await page.getByRole("link", { name: claim, exact: true }).click();
    await expect(page.locator('mark[aria-current="true"]')).toBeInViewport();

    await page.keyboard.press("q");
    await expect(page.getByRole("switch", { name: "Hide highlights" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
    expect(await background(page, quote)).toBe(shown.quote);
    expect(await ink(page)).toBe(shown.own);
    await page.reload();
    await expect(page.getByRole("switch", { name: "Hide highlights" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
  });
});
