// Test data for the notes' unit tests: the article's text (a frozen copy, as src/lib never imports src/content)
// and notes on it.
import article from "../fixtures/article.json";
import type { OwnNote } from "./types";

export const source = article.id;
export const text = article.paragraphs.join("\n\n");

/** A note on `exact` (which must occur in the text), as the store would have saved it. */
export function noteOn(
  exact: string,
  body = "",
  id = `note-${exact.length.toString(16).padStart(12, "0")}`,
): OwnNote {
  const start = text.indexOf(exact);
  if (start === -1) throw new Error(`fixture: "${exact}" is not in the article`);
  return {
    id,
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - 20), start),
      suffix: text.slice(start + exact.length, start + exact.length + 20),
    },
    position: { start, end: start + exact.length },
    text: body,
    created: "2024-05-01T12:00:00.000Z",
    modified: "2024-05-01T12:00:00.000Z",
  };
}
