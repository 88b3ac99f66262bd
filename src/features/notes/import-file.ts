import { parseNotesFile } from "../../lib/notes/parse";
import { placeNote } from "../../lib/notes/place";
import type { ImportRead } from "../../lib/notes/state";
import type { NotesArticle } from "./notes-article";

/** The largest file Import reads: far above any real export (1,000 long notes take about 3 MB). */
const MAX_FILE_BYTES = 10_000_000;

/** Reads a file the reader chose to import: its notes, anchored in the text, and the annotations refused. */
export async function readImportFile(file: File, article: NotesArticle): Promise<ImportRead> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: "It is too large to be a notes file." };
  const read = parseNotesFile(await file.text(), article.id, new Date().toISOString());
  if (!read.ok) return read;
  return { ok: true, notes: read.notes.map((note) => placeNote(article.text, note)), refused: read.refused };
}
