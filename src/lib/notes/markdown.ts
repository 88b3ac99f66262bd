import { buildSearchAndHash, passageFromRange } from "../deep-link";
import { counted } from "../plural";
import type { PlacedNote } from "./types";

export interface MarkdownOptions {
  /** The article's headline. */
  headline: string;
  /** The article text the notes' ranges refer to, to build their passage links. */
  text: string;
  /** The page's address without query or fragment, e.g. "https://example.org/". */
  pageUrl: string;
  /** The export's date, e.g. "2024-05-01". */
  date: string;
}

/**
 * The notes as Markdown, in reading order: for each, the passage quoted, the note, and a link that opens the
 * passage. Every character the reader or an imported file wrote is escaped, so no viewer can read it as markup or
 * a link: in Markdown too, notes are only ever text.
 */
export function notesToMarkdown(notes: readonly PlacedNote[], options: MarkdownOptions): string {
  const anchored = notes.filter((p) => p.range !== null);
  const orphans = notes.filter((p) => p.range === null);
  const lines = [
    `# Your notes on “${escapeMarkdown(options.headline)}”`,
    "",
    `${counted(notes.length, "note")}, exported on ${options.date} from <${options.pageUrl}>.`,
  ];
  anchored.forEach((p, i) => {
    lines.push("", `## ${i + 1}. ${p.note.text === "" ? "Highlight" : "Note"}`, "", ...entry(p, options));
  });
  if (orphans.length > 0) {
    lines.push("", "## Not found in the current text");
    for (const p of orphans) lines.push("", ...entry(p, options));
  }
  return `${lines.join("\n")}\n`;
}

function entry(p: PlacedNote, { text, pageUrl }: MarkdownOptions): string[] {
  const out = p.note.quote.exact.split("\n").map((line) => `> ${escapeMarkdown(line)}`);
  if (p.note.text !== "") out.push("", ...p.note.text.split("\n").map((line) => escapeMarkdown(line)));
  const passage = p.range && passageFromRange(text, p.range.start, p.range.end);
  if (passage) {
    const link = pageUrl + buildSearchAndHash({ theme: null, quote: null, passage });
    out.push("", `[Open this passage in the article](<${link}>)`);
  } else if (p.reason !== null) {
    out.push("", `*${escapeMarkdown(p.reason)}*`);
  }
  return out;
}

/**
 * Escapes what Markdown may read as markup: inline punctuation anywhere (no emphasis, code, link, HTML, table or
 * entity can start), block markers at the start of the line (no heading, list or quote).
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
    .replace(/^(\s*)([#+\-=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
