// Export and import of the reader's notes: W3C JSON (the shape of src/content/articles/<slug>/annotations.json) and Markdown
// downloads, import into a fresh browser, refusals with precise messages, duplicates merged, hostile text inert.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import {
  articleText,
  noteEntry,
  openNotes,
  ownMarkOf,
  ownMarks,
  seedNotes,
  storedNote,
} from "./fixtures/notes";
import { expect, test } from "./fixtures/reader";

test.use({ reducedMotion: "reduce" });

const NOTES = [
  storedNote("note-0000000000e1", "speaking at NATO headquarters in Brussels", ""),
  storedNote("note-0000000000e2", "the equipment is often bad", "Compare with the Kharkiv report."),
];

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const notes = await openNotes(page);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    notes.getByRole("button", { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

async function importFile(page: Page, name: string, body: string) {
  const notes = await openNotes(page);
  await notes
    .getByLabel("Import")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(body) });
  return notes;
}

test("Export JSON gives a W3C AnnotationCollection whose selectors find each passage", async ({ page }) => {
  await page.goto("/");
  await seedNotes(page, NOTES);
  await page.reload();
  const { name, text } = await download(page, "Export JSON");
  expect(name).toMatch(/^your-notes-stoltenberg-war-of-attrition-\d{4}-\d\d-\d\d\.json$/);
  const collection = JSON.parse(text) as {
    type: string;
    items: {
      id: string;
      type: string;
      motivation: string;
      created: string;
      modified: string;
      body?: { type: string; purpose: string; value: string }[];
      target: {
        source: string;
        selector: { type: string; exact?: string; start?: number; end?: number }[];
      }[];
    }[];
  };
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.items.map((i) => [i.id, i.type, i.motivation])).toEqual([
    ["note-0000000000e1", "Annotation", "highlighting"],
    ["note-0000000000e2", "Annotation", "commenting"],
  ]);
  for (const item of collection.items) {
    expect(Date.parse(item.created)).not.toBeNaN();
    expect(Date.parse(item.modified)).not.toBeNaN();
    const [target] = item.target;
    expect(target?.source).toBe("stoltenberg-war-of-attrition");
    const quote = target?.selector.find((s) => s.type === "TextQuoteSelector");
    const position = target?.selector.find((s) => s.type === "TextPositionSelector");
    expect(articleText.slice(position?.start, position?.end)).toBe(quote?.exact);
  }
  expect(collection.items[1]?.body).toEqual([
    {
      type: "TextualBody",
      purpose: "commenting",
      value: "Compare with the Kharkiv report.",
      format: "text/plain",
    },
  ]);
});

test("Export Markdown gives each passage, its note and a link that opens the passage", async ({ page }) => {
  await page.goto("/");
  await seedNotes(page, NOTES);
  await page.reload();
  const { name, text } = await download(page, "Export Markdown");
  expect(name).toMatch(/\.md$/);
  expect(text).toContain("> the equipment is often bad\n\nCompare with the Kharkiv report.");
  const links = [...text.matchAll(/\(<(http[^>]+)>\)/g)].map((m) => m[1] ?? "");
  expect(links).toHaveLength(2);
  await page.goto(links[1] ?? "/");
  await expect(page.locator("mark[data-passage]")).toHaveText("the equipment is often bad");
});

test("importing an export into a fresh browser restores the notes", async ({ page, browser }) => {
  await page.goto("/");
  await seedNotes(page, NOTES);
  await page.reload();
  const { text } = await download(page, "Export JSON");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  // A page of its own context lacks the fixture's goto, which waits for hydration: until then the prerendered
  // "Your notes" heading does nothing when clicked (a flake on a busy machine).
  const hydrated = () => other.locator("html[data-hydrated]").waitFor({ state: "attached" });
  await other.goto("/");
  await hydrated();
  await expect(other.locator("mark[data-note]")).toHaveCount(0);
  const notes = await importFile(other, "notes.json", text);
  await expect(notes.getByRole("status")).toHaveText("Imported 2 notes.");
  await expect(ownMarkOf(other, "the equipment is often bad")).toHaveText("the equipment is often bad");
  await expect(noteEntry(notes, "the equipment")).toContainText("Compare with the Kharkiv report.");
  await other.reload();
  await hydrated();
  await expect(ownMarkOf(other, "speaking at NATO")).toHaveText("speaking at NATO headquarters in Brussels");

  // The same file again: everything is already there.
  await importFile(other, "notes.json", text);
  await expect(notes.getByRole("status")).toHaveText("Imported 0 notes; 2 notes were already saved.");
  await expect(notes.getByRole("listitem")).toHaveCount(2);
  await fresh.close();
});

test("a bad file is refused with the reason, bad items one by one, and nothing saved is lost", async ({
  page,
}) => {
  await page.goto("/");
  await seedNotes(page, NOTES);
  await page.reload();
  let notes = await importFile(page, "broken.json", "{ this is not JSON");
  await expect(notes.getByRole("status")).toContainText("broken.json was not imported. The file is not JSON");
  notes = await importFile(page, "feed.json", '{"version":"https://jsonfeed.org/version/1.1","items":[]}');
  await expect(notes.getByRole("status")).toContainText("The file is not a W3C annotation collection");

  const mixed = {
    type: "AnnotationCollection",
    items: [
      storedNote("note-0000000000f1", "liberate more land", "Kept."),
      { id: "no-target", type: "Annotation" },
      { ...storedNote("note-0000000000f3", "liberate more land", ""), target: [{ source: "another-site" }] },
    ],
  };
  notes = await importFile(page, "mixed.json", JSON.stringify(mixed));
  const status = notes.getByRole("status");
  await expect(status).toContainText("Imported 1 note. 2 refused (below).");
  await expect(status.getByRole("listitem")).toHaveText([
    'Item 2 ("no-target"): target: missing: a note marks one passage',
    /^Item 3 \("note-0000000000f3"\): target\[0\]\.source: marks another document \("another-site"\)/,
  ]);
  await expect(notes.getByRole("listitem").filter({ has: page.getByRole("button") })).toHaveCount(3);
  await page.reload();
  await expect(ownMarks(page).filter({ hasText: "liberate" })).not.toHaveCount(0);
  await expect(ownMarkOf(page, "speaking at NATO")).toHaveCount(1);
});

test("hostile notes are only ever text: typed, imported or exported", async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';
  const link = "javascript:window.__pwned=3";
  await page.goto("/");
  const file = {
    type: "AnnotationCollection",
    items: [
      {
        ...storedNote("note-000000000666", "liberate more land", hostile),
        id: '"><img src=x onerror=alert(1)>',
      },
      storedNote("note-000000000667", "the equipment is often bad", link),
    ],
  };
  const notes = await importFile(page, "<img src=x onerror=alert(1)>.json", JSON.stringify(file));
  await expect(notes.getByRole("status")).toHaveText("Imported 2 notes.");
  await expect(notes.getByText(hostile, { exact: true })).toBeVisible();
  await expect(notes.getByText(link, { exact: true })).toBeVisible();
  await expect(notes.locator("img, script, a[href^='javascript']")).toHaveCount(0);
  const markdown = await (async () => {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      notes.getByRole("button", { name: "Export Markdown" }).click(),
    ]);
    return readFileSync(await file.path(), "utf8");
  })();
  expect(markdown).toContain('\\<img src=x onerror="window.\\_\\_pwned = 1"\\>');
  expect(markdown).not.toMatch(/[^\\]<img/);
  await page.reload();
  await openNotes(page);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
