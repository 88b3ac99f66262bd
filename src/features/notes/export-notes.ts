import { notesToMarkdown } from "../../lib/notes/markdown";
import type { PlacedNote } from "../../lib/notes/types";
import { toCollection } from "../../lib/notes/w3c";
import { download } from "./download";
import type { NotesArticle } from "./notes-article";

/** Saves the notes as a file: a W3C AnnotationCollection (JSON), or Markdown with a link to each passage. */
export function exportNotes(
  format: "json" | "markdown",
  notes: readonly PlacedNote[],
  article: NotesArticle,
) {
  const date = new Date().toISOString().slice(0, 10);
  const name = (ext: string) => `your-notes-${article.id}-${date}.${ext}`;
  if (format === "json") {
    const collection = toCollection(notes, article.id, `Your notes on “${article.headline}”`);
    download(name("json"), "application/json", `${JSON.stringify(collection, null, 2)}\n`);
    return;
  }
  const markdown = notesToMarkdown(notes, {
    headline: article.headline,
    text: article.text,
    pageUrl: article.pageUrl(),
    date,
  });
  download(name("md"), "text/markdown", markdown);
}
