// Reading W3C annotations back into notes: records from the browser's storage and imported files go through the
// same validation. Bodies, targets and selectors are found by `type` (and `purpose`) in any order, as the data
// model allows and as the content's own schema reads them (src/content/schema.ts); every refusal names the field
// and says why. Text is only ever text: nothing here or downstream treats a value as markup.
import { counted } from "../plural";
import { noteIdFrom } from "./ids";
import { normalisedDate } from "./iso-date";
import { isObject, kindOf, oneOrMany, optionalString, Problems, shown, type Json } from "./read-fields";
import { NOTE_MAX_LENGTH, type NoteQuote, type OwnNote } from "./types";
import type { TextRange } from "../text-range";
import { W3C_SELECTOR_TYPES } from "../w3c-selectors";

/** The longest passage a note may mark (longer ones cannot be this article's, and would be slow to search for). */
export const MAX_QUOTE_LENGTH = 10_000;
/** The most annotations one import reads. */
export const MAX_IMPORT_ITEMS = 5_000;
/** The longest id read from a file. */
const MAX_ID_LENGTH = 2_000;

/** One annotation read as a note, or every reason it was refused ("field: why"). */
export type NoteResult = { ok: true; note: OwnNote } | { ok: false; problems: string[] };

/** Reads one W3C annotation as a note of the article `source`; `now` (ISO 8601) stands in for missing dates. */
export function parseNoteAnnotation(raw: unknown, source: string, now: string): NoteResult {
  if (!isObject(raw))
    return { ok: false, problems: [`(root): must be an annotation object, not ${kindOf(raw)}`] };
  const problems = new Problems();
  if (raw.type !== "Annotation") problems.add("type", `must be "Annotation", not ${shown(raw.type)}`);
  const id = optionalString(raw, "id", "id", problems, MAX_ID_LENGTH);
  const created = readDate(raw, "created", problems);
  const modified = readDate(raw, "modified", problems);
  const text = readText(raw, problems);
  const found = readTarget(raw.target, source, problems);
  if (problems.list.length > 0 || !found) return { ok: false, problems: problems.list };

  const { quote, position } = found;
  const made = created ?? now;
  const note: OwnNote = {
    id: noteIdFrom(id, () => JSON.stringify([quote.exact, quote.prefix, quote.suffix, text])),
    quote,
    position,
    text,
    created: made,
    modified: modified ?? made,
  };
  return { ok: true, note };
}

function readDate(raw: Json, key: "created" | "modified", problems: Problems): string | undefined {
  const value = optionalString(raw, key, key, problems, 100);
  if (value === undefined) return undefined;
  const date = normalisedDate(value);
  if (date === null) {
    problems.add(key, `is not a date and time (ISO 8601, e.g. 2024-05-01T12:00:00Z): ${shown(value)}`);
    return undefined;
  }
  return date;
}

// Worded once: toLocaleString costs Chromium ~28 µs a call, which for every one of 1,000 saved notes was most of
// the time it took to read them.
const TOO_LONG = `is longer than ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters, the most a note holds`;

/** The note's text: the one TextualBody that is not a tag, or `bodyValue`; "" for a bare highlight. */
function readText(raw: Json, problems: Problems): string {
  let text: string | undefined;
  let first = "";
  if (raw.body !== undefined) {
    for (const [path, body] of oneOrMany(raw.body, "body")) {
      if (!isObject(body) || body.type !== "TextualBody") {
        problems.add(
          path,
          `a note's body is plain text (a TextualBody), not ${isObject(body) ? shown(body.type) : kindOf(body)}`,
        );
      } else if (body.purpose === "tagging") {
        continue;
      } else if (text !== undefined) {
        problems.add(path, `a second note (the first is ${first}); a note has one text`);
      } else if (typeof body.value !== "string") {
        problems.add(`${path}.value`, `must be text, not ${kindOf(body.value)}`);
      } else if (body.value.length > NOTE_MAX_LENGTH) {
        problems.add(`${path}.value`, TOO_LONG);
      } else {
        text = body.value;
        first = path;
      }
    }
  }
  if (raw.bodyValue !== undefined) {
    if (raw.body !== undefined) problems.add("bodyValue", "a note has one text, and body holds it");
    else if (typeof raw.bodyValue !== "string")
      problems.add("bodyValue", `must be text, not ${kindOf(raw.bodyValue)}`);
    else if (raw.bodyValue.length > NOTE_MAX_LENGTH) problems.add("bodyValue", TOO_LONG);
    else text = raw.bodyValue;
  }
  return text ?? "";
}

/** The one target: a passage of this article, by its TextQuoteSelector and optional TextPositionSelector. */
function readTarget(value: unknown, source: string, problems: Problems) {
  const targets = oneOrMany(value, "target");
  if (value === undefined || targets.length === 0) {
    problems.add("target", "missing: a note marks one passage");
    return null;
  }
  if (targets.length > 1) {
    problems.add("target", `${counted(targets.length, "target")}: a note marks one passage`);
    return null;
  }
  const [[path, target]] = targets as [[string, unknown]];
  if (!isObject(target)) {
    problems.add(path, `must be a passage (a SpecificResource with selectors), not ${kindOf(target)}`);
    return null;
  }
  if (target.type !== undefined && target.type !== "SpecificResource") {
    problems.add(`${path}.type`, `must be "SpecificResource", not ${shown(target.type)}`);
  }
  if (target.source !== undefined && target.source !== source) {
    problems.add(
      `${path}.source`,
      `marks another document (${shown(target.source)}), not this article (${shown(source)})`,
    );
  }
  if (target.selector === undefined) {
    problems.add(`${path}.selector`, "missing: a TextQuoteSelector says which passage");
    return null;
  }
  return readSelectors(target.selector, `${path}.selector`, problems);
}

function readSelectors(value: unknown, path: string, problems: Problems) {
  let quote: NoteQuote | null = null;
  let position: TextRange | null = null;
  let quoteAt = "";
  let positionAt = "";
  const rule = "a target has exactly one TextQuoteSelector and at most one TextPositionSelector";
  for (const [at, selector] of oneOrMany(value, path)) {
    const type = isObject(selector) ? selector.type : undefined;
    if (!isObject(selector) || typeof type !== "string") {
      problems.add(at, `must be a selector object with a type, not ${kindOf(selector)}`);
    } else if (type === "TextQuoteSelector") {
      if (quoteAt !== "") problems.add(at, `a second TextQuoteSelector (the first is ${quoteAt}); ${rule}`);
      else [quote, quoteAt] = [readQuote(selector, at, problems), at];
    } else if (type === "TextPositionSelector") {
      if (positionAt !== "")
        problems.add(at, `a second TextPositionSelector (the first is ${positionAt}); ${rule}`);
      else [position, positionAt] = [readPosition(selector, at, problems), at];
    } else if (!W3C_SELECTOR_TYPES.has(type)) {
      problems.add(
        `${at}.type`,
        `unknown selector type ${shown(type)}; the W3C types are ${[...W3C_SELECTOR_TYPES].join(", ")}`,
      );
    }
  }
  if (quoteAt === "") problems.add(path, `no TextQuoteSelector; ${rule}`);
  return quote && { quote, position };
}

function readQuote(selector: Json, path: string, problems: Problems): NoteQuote | null {
  const before = problems.list.length;
  const exact = optionalString(selector, "exact", `${path}.exact`, problems, MAX_QUOTE_LENGTH);
  if (selector.exact === undefined || exact === "")
    problems.add(`${path}.exact`, "missing: the passage itself");
  const prefix = optionalString(selector, "prefix", `${path}.prefix`, problems, MAX_QUOTE_LENGTH) ?? "";
  const suffix = optionalString(selector, "suffix", `${path}.suffix`, problems, MAX_QUOTE_LENGTH) ?? "";
  return exact === undefined || problems.list.length > before ? null : { exact, prefix, suffix };
}

function readPosition(selector: Json, path: string, problems: Problems): TextRange | null {
  const { start, end } = selector;
  const offset = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
  if (!offset(start)) problems.add(`${path}.start`, `must be a whole number from 0, not ${shown(start)}`);
  if (!offset(end)) problems.add(`${path}.end`, `must be a whole number from 0, not ${shown(end)}`);
  if (!offset(start) || !offset(end)) return null;
  if ((end as number) <= (start as number)) {
    problems.add(path, "end must be greater than start");
    return null;
  }
  return { start: start as number, end: end as number };
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
 * annotation. Each annotation is validated on its own, so one bad item never costs the others.
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
  const items = itemsOf(json);
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
  items.forEach((raw, index) => {
    const result = parseNoteAnnotation(raw, source, now);
    if (result.ok) notes.push(result.note);
    else refused.push({ item: index + 1, id: idOf(raw), problems: result.problems });
  });
  return { ok: true, notes, refused };
}

function itemsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json as unknown[];
  if (!isObject(json)) return null;
  if (json.type === "Annotation") return [json];
  if (json.type === "AnnotationCollection" && Array.isArray(json.items)) return json.items as unknown[];
  return null;
}

function idOf(raw: unknown): string | null {
  if (!isObject(raw) || typeof raw.id !== "string") return null;
  return raw.id.length <= 60 ? raw.id : `${raw.id.slice(0, 59)}…`;
}
