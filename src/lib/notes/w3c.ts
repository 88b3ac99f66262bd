// The reader's notes as W3C Web Annotations, in the shape of the claims in src/content/annotations.json (an
// AnnotationCollection of annotations with kebab-case ids, one SpecificResource target each with a
// TextQuoteSelector and a TextPositionSelector), so an editor can turn a drafted note into a claim by hand.
import type { TextRange } from "../text-range";
import type { OwnNote, PlacedNote } from "./types";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** A note's text as a W3C body. */
export interface NoteBody {
  type: "TextualBody";
  purpose: "commenting";
  value: string;
  format: "text/plain";
}

/** One note as a W3C Web Annotation: what is stored in the browser and exported. */
export interface NoteAnnotation {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  /** "commenting" when there is a note, "highlighting" for a bare highlight. */
  motivation: "commenting" | "highlighting";
  created: string;
  modified: string;
  /** Absent for a bare highlight. */
  body?: NoteBody[];
  target: [
    {
      /** The passage's id, derived from the note's: content targets need one. */
      id: string;
      type: "SpecificResource";
      /** The article's id, as the editorial claims give it. */
      source: string;
      selector: [
        { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
        ...{ type: "TextPositionSelector"; start: number; end: number }[],
      ];
    },
  ];
}

/** The export file: a W3C AnnotationCollection, as src/content/annotations.json is one. */
export interface NoteCollection {
  type: "AnnotationCollection";
  label: string;
  items: NoteAnnotation[];
}

/**
 * `note` as an annotation of the article `source`. `position` is the position hint to record: by default the one
 * the note carries; exports pass where the passage lies now.
 */
export function toAnnotation(
  note: OwnNote,
  source: string,
  position: TextRange | null = note.position,
): NoteAnnotation {
  const { exact, prefix, suffix } = note.quote;
  const quote = { type: "TextQuoteSelector" as const, exact, prefix, suffix };
  const hint = position && {
    type: "TextPositionSelector" as const,
    start: position.start,
    end: position.end,
  };
  return {
    "@context": ANNOTATION_CONTEXT,
    id: note.id,
    type: "Annotation",
    motivation: note.text === "" ? "highlighting" : "commenting",
    created: note.created,
    modified: note.modified,
    ...(note.text === ""
      ? {}
      : { body: [{ type: "TextualBody", purpose: "commenting", value: note.text, format: "text/plain" }] }),
    target: [
      {
        id: `${note.id}-passage`,
        type: "SpecificResource",
        source,
        selector: hint ? [quote, hint] : [quote],
      },
    ],
  };
}

/** Every note, orphans included (nothing is left out of an export), each with where its passage lies now. */
export function toCollection(notes: readonly PlacedNote[], source: string, label: string): NoteCollection {
  return {
    type: "AnnotationCollection",
    label,
    items: notes.map((p) => toAnnotation(p.note, source, p.range ?? p.note.position)),
  };
}
