// The reader's notes as W3C Web Annotations, written by the one W3C adapter (src/lib/w3c) in the shape of the
// content's claims (an AnnotationCollection of annotations with kebab-case ids, one SpecificResource target each
// with a TextQuoteSelector and a TextPositionSelector), so an editor can turn a drafted note into a claim by hand.
import type { TextRange } from "../text-range";
import {
  serialiseAnnotation,
  serialiseCollection,
  type AnnotationCollectionJson,
  type AnnotationJson,
} from "../w3c/serialise";
import type { OwnNote, PlacedNote } from "./types";

/**
 * One note as a W3C Web Annotation: what is stored in the browser and exported. Its motivation is "commenting"
 * when there is a note, "highlighting" for a bare highlight, which has no body; its one target's id is the note's
 * with "-passage" (content targets need one).
 */
export type NoteAnnotation = AnnotationJson;

/** The export file: a W3C AnnotationCollection, as the content's annotations are one. */
export type NoteCollection = AnnotationCollectionJson;

/**
 * `note` as an annotation of the article `source`. `position` is the position hint to record: by default the one
 * the note carries; exports pass where the passage lies now.
 */
export function toAnnotation(
  note: OwnNote,
  source: string,
  position: TextRange | null = note.position,
): NoteAnnotation {
  const bare = note.text === "";
  return serialiseAnnotation({
    id: note.id,
    motivation: [bare ? "highlighting" : "commenting"],
    created: note.created,
    modified: note.modified,
    bodies: bare ? [] : [{ purpose: "commenting", value: note.text, format: "text/plain", language: null }],
    targets: [
      {
        id: `${note.id}-passage`,
        source,
        quote: note.quote,
        position: position && { start: position.start, end: position.end },
      },
    ],
  });
}

/** Every note, orphans included (nothing is left out of an export), each with where its passage lies now. */
export function toCollection(notes: readonly PlacedNote[], source: string, label: string): NoteCollection {
  return serialiseCollection(
    label,
    notes.map((p) => toAnnotation(p.note, source, p.range ?? p.note.position)),
  );
}
