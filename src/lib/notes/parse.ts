// Reading W3C annotations back into notes: records from the browser's storage and imported files are read by the
// one W3C adapter (src/lib/w3c), as the content's claims are, then held to what a note is: one passage of this
// article, at most one text. Every refusal is "field: why", the field named by its path in the annotation.
import { counted } from "../plural";
import { annotationsIn } from "../w3c/collection";
import { formatPath, isObject, onlyOne, Problems } from "../w3c/json";
import { parseAnnotation } from "../w3c/parse-annotation";
import type { ParsedAnnotation, W3CProblem } from "../w3c/types";
import { noteIdFrom } from "./ids";
import { NOTE_MAX_LENGTH, type OwnNote } from "./types";

/** The most annotations one import reads. */
export const MAX_IMPORT_ITEMS = 5_000;

/** One annotation read as a note, or every reason it was refused ("field: why"). */
export type NoteResult = { ok: true; note: OwnNote } | { ok: false; problems: string[] };

const said = ({ path, message }: W3CProblem) => `${formatPath(path)}: ${message}`;

/** Reads one W3C annotation as a note of the article `source`; `now` (ISO 8601) stands in for missing dates. */
export function parseNoteAnnotation(raw: unknown, source: string, now: string): NoteResult {
  const read = parseAnnotation(raw, { source });
  if (!read.ok) return { ok: false, problems: read.problems.map(said) };
  const problems = new Problems();
  const text = noteText(read.parsed, problems);
  const { targets, id, created, modified } = read.parsed;
  const [target] = targets;
  if (!target) problems.add(["target"], "missing: a note marks one passage");
  else if (targets.length > 1)
    problems.add(["target"], `${counted(targets.length, "target")}: a note marks one passage`);
  if (problems.list.length > 0 || !target) return { ok: false, problems: problems.list.map(said) };

  const { exact, prefix, suffix } = target.quote;
  const position = target.position && { start: target.position.start, end: target.position.end };
  const made = created ?? now;
  const note: OwnNote = {
    id: noteIdFrom(id ?? undefined, () => JSON.stringify([exact, prefix, suffix, text])),
    quote: { exact, prefix, suffix },
    position,
    text,
    created: made,
    modified: modified ?? made,
  };
  return { ok: true, note };
}

// Worded once: toLocaleString costs Chromium ~28 µs a call, which for every one of 1,000 saved notes was most of
// the time it took to read them.
const TOO_LONG = `is longer than ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters, the most a note holds`;

/** The note's text: the one TextualBody that is not a tag (or `bodyValue`); "" for a bare highlight. */
function noteText({ bodies }: ParsedAnnotation, problems: Problems): string {
  for (const body of bodies) {
    if (body.type === "unsupported") {
      problems.add(body.path, `a note's body is plain text (a TextualBody), not ${body.declared}`);
    }
  }
  const texts = bodies.flatMap((b) => (b.type === "TextualBody" && b.purpose !== "tagging" ? [b] : []));
  const body = onlyOne(texts, () => true, "note", "a note has one text", problems);
  if (!body) return "";
  if (body.value.length > NOTE_MAX_LENGTH) {
    // `bodyValue` is the text itself; a body object holds it in `value`.
    problems.add(body.path[0] === "bodyValue" ? body.path : [...body.path, "value"], TOO_LONG);
  }
  return body.value;
}

/** An annotation of an import that was refused: where it is in the file and why. */
export interface RefusedItem {
  /** Its place in the file, from 1. */
  item: number;
  /** Its `id` as the file gives it (shortened for display), or null. */
  id: string | null;
  problems: string[];
}

/** An import file read: the notes it holds and the annotations refused, or why the whole file was refused. */
export type FileResult =
  { ok: true; notes: OwnNote[]; refused: RefusedItem[] } | { ok: false; message: string };

/**
 * Reads an import file: a W3C AnnotationCollection (as the reader exports), a list of annotations, or one
 * annotation. Each annotation is validated on its own, so one bad item never costs the others; one that repeats an
 * earlier item's id, or its passage and text, is refused as the duplicate it is.
 */
export function parseNotesFile(text: string, source: string, now: string): FileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : "unreadable";
    return {
      ok: false,
      message: `The file is not JSON (${why.length > 160 ? `${why.slice(0, 159)}…` : why}).`,
    };
  }
  const items = annotationsIn(json);
  if (items === null) {
    return {
      ok: false,
      message:
        'The file is not a W3C annotation collection: it needs "type": "AnnotationCollection" and a list of "items" (or to be a list of annotations).',
    };
  }
  if (items.length === 0) return { ok: false, message: "The file holds no annotations." };
  if (items.length > MAX_IMPORT_ITEMS) {
    return {
      ok: false,
      message: `The file holds ${counted(items.length, "annotation")}; at most ${MAX_IMPORT_ITEMS.toLocaleString("en-US")} can be imported at once.`,
    };
  }
  const notes: OwnNote[] = [];
  const refused: RefusedItem[] = [];
  const firstWithId = new Map<string, number>();
  const firstWithContent = new Map<string, number>();
  items.forEach((raw, index) => {
    const item = index + 1;
    const result = parseNoteAnnotation(raw, source, now);
    if (!result.ok) {
      refused.push({ item, id: idOf(raw), problems: result.problems });
      return;
    }
    const { note } = result;
    const content = JSON.stringify([note.quote.exact, note.quote.prefix, note.quote.suffix, note.text]);
    const withId = firstWithId.get(note.id);
    // An annotation without an id gets one from its passage and text: the same id then means the same content.
    const withContent = firstWithContent.get(content) ?? withId;
    // A file's own duplicates are not notes "already saved": say what they are.
    let duplicate: string | null = null;
    if (withId !== undefined && idOf(raw) !== null) {
      duplicate = `id: item ${withId} has the same id; each annotation in a file needs its own`;
    } else if (withContent !== undefined) {
      duplicate = `target: item ${withContent} marks the same passage with the same note`;
    }
    if (duplicate !== null) {
      refused.push({ item, id: idOf(raw), problems: [duplicate] });
      return;
    }
    firstWithId.set(note.id, item);
    firstWithContent.set(content, item);
    notes.push(note);
  });
  return { ok: true, notes, refused };
}

function idOf(raw: unknown): string | null {
  if (!isObject(raw) || typeof raw.id !== "string") return null;
  return raw.id.length <= 60 ? raw.id : `${raw.id.slice(0, 59)}…`;
}
