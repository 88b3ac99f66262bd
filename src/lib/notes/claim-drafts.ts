// From a reader's exported notes to claims for src/content/articles/<slug>/annotations.json: `npm run check:content -- --notes
// <file>` reads the export with the same validation as Import, anchors each passage as strictly as the content
// check does (verbatim, position hint agreeing), and prints each note as a claim ready to paste.
import { anchorVerbatim } from "../anchoring";
import { claimJson } from "../content-model/claims";
import type { AnnotationJson } from "../w3c/serialise";
import { parseNotesFile } from "./parse";

/** Stands in for the theme, which a note does not know: the content check refuses it until an editor picks one. */
export const THEME_PLACEHOLDER = "<theme-id>";

export interface ClaimDrafts {
  /** Everything that stops a note from becoming a claim, one sentence each. */
  problems: string[];
  /** The notes that anchor exactly, as claims in the shape of annotations.json's items. */
  claims: AnnotationJson[];
}

/** Reads an export (`fileText`) of notes on the article `source` with text `text`. */
export function draftClaims(fileText: string, text: string, source: string): ClaimDrafts {
  const read = parseNotesFile(fileText, source, new Date().toISOString());
  if (!read.ok) return { problems: [read.message], claims: [] };
  const problems = read.refused.map(
    (r) => `item ${r.item}${r.id === null ? "" : ` (${r.id})`}: ${r.problems.join("; ")}`,
  );
  const claims: AnnotationJson[] = [];
  for (const note of read.notes) {
    const found = anchorVerbatim(text, note.quote, note.position ?? undefined);
    if (!found.ok) {
      problems.push(`note ${note.id}: ${found.reason}`);
      continue;
    }
    if (note.text === "")
      problems.push(`note ${note.id}: a bare highlight; write the claim as its note first`);
    const describing = { purpose: "describing", value: note.text, format: "text/plain", language: "en" };
    claims.push(
      claimJson({
        id: note.id,
        created: note.created,
        modified: note.modified,
        describing,
        tagging: { purpose: "tagging", value: THEME_PLACEHOLDER, format: null, language: null },
        targets: [
          {
            id: `${note.id}-quote`,
            source,
            quote: note.quote,
            position: { start: found.start, end: found.end },
          },
        ],
      }),
    );
  }
  return { problems, claims };
}
