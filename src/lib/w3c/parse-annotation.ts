// The one reader of W3C Web Annotations: the content's claims, the notes' stored records and imported files all
// come through `parseAnnotation`. Bodies, targets and selectors are found by `type` (and `purpose`) in any order,
// one object or a list, as the data model allows; `type` may be a JSON-LD list of names. Every refusal names the
// field's path and says why. Text is only ever text: nothing here or downstream treats a value as markup.
import { normalisedDate } from "./iso-date";
import {
  hasType,
  isObject,
  kindOf,
  oneOrMany,
  optionalString,
  Problems,
  shown,
  type FieldCheck,
  type Json,
} from "./json";
import { MAX_ID_LENGTH, readTargets } from "./target";
import type { ParseResult, ParsedAnnotation, ParsedBody } from "./types";

export interface ReadOptions {
  /** Checks every object's fields: `strictFields` (strict.ts) for files written by hand, the content's. */
  strict?: FieldCheck;
  /** The document every target must mark, when known: a target with another `source` is refused. */
  source?: string;
}

// W3C dates are xsd:dateTime with a time zone; a date without one would be read in the reader's own zone.
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/i;

/** Reads one annotation: into the reader's model, or every problem found in it. */
export function parseAnnotation(raw: unknown, options: ReadOptions = {}): ParseResult<ParsedAnnotation> {
  if (!isObject(raw)) {
    return {
      ok: false,
      problems: [{ path: [], message: `must be an annotation object, not ${kindOf(raw)}` }],
    };
  }
  const { strict } = options;
  const problems = new Problems();
  strict?.("Annotation", raw, [], problems);
  if (!hasType(raw, "Annotation")) problems.add(["type"], `must be "Annotation", not ${shown(raw.type)}`);
  const id = optionalString(raw, "id", [], problems, MAX_ID_LENGTH) ?? null;
  const motivation = readMotivation(raw, problems);
  const created = readDate(raw, "created", problems);
  const modified = readDate(raw, "modified", problems);
  const bodies = readBodies(raw, problems, strict);
  const targets = readTargets(raw.target, problems, strict, options.source);
  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  const context = typeof raw["@context"] === "string" ? raw["@context"] : null;
  return { ok: true, parsed: { context, id, motivation, created, modified, bodies, targets } };
}

function readMotivation(raw: Json, problems: Problems): string[] {
  const names = oneOrMany(raw.motivation, ["motivation"]);
  if (names.every(([, name]) => typeof name === "string")) return names.map(([, name]) => name as string);
  problems.add(
    ["motivation"],
    `must be a motivation such as "commenting", or a list of them, not ${shown(raw.motivation)}`,
  );
  return [];
}

function readDate(raw: Json, key: "created" | "modified", problems: Problems): string | null {
  const value = optionalString(raw, key, [], problems, 100);
  if (value === undefined) return null;
  const date = ISO_DATE_TIME.test(value) ? normalisedDate(value) : null;
  if (date === null) {
    problems.add([key], `is not a date and time (ISO 8601, e.g. 2024-05-01T12:00:00Z): ${shown(value)}`);
  }
  return date;
}

/** The bodies: each TextualBody read, any other kind kept by name for the caller to refuse in its own words. */
function readBodies(raw: Json, problems: Problems, strict: FieldCheck | undefined): ParsedBody[] {
  const bodies: ParsedBody[] = [];
  for (const [path, body] of oneOrMany(raw.body, ["body"])) {
    if (!isObject(body) || !hasType(body, "TextualBody")) {
      const declared = isObject(body) ? shown(body.type) : kindOf(body);
      bodies.push({ type: "unsupported", declared, path });
      continue;
    }
    strict?.("TextualBody", body, path, problems);
    const before = problems.list.length;
    if (body.value === undefined)
      problems.add([...path, "value"], "missing: a TextualBody holds its text in value");
    const value = optionalString(body, "value", path, problems, Number.MAX_SAFE_INTEGER);
    const purpose = optionalString(body, "purpose", path, problems, 100) ?? null;
    const format = optionalString(body, "format", path, problems, 100) ?? null;
    const language = optionalString(body, "language", path, problems, 100) ?? null;
    if (value === undefined || problems.list.length > before) continue;
    bodies.push({ type: "TextualBody", purpose, value, format, language, path });
  }
  if (raw.bodyValue !== undefined) {
    if (raw.body !== undefined) {
      problems.add(
        ["bodyValue"],
        "an annotation has body or bodyValue (the short form of one text), not both",
      );
    } else if (typeof raw.bodyValue !== "string") {
      problems.add(["bodyValue"], `must be text, not ${kindOf(raw.bodyValue)}`);
    } else {
      const value = raw.bodyValue;
      bodies.push({
        type: "TextualBody",
        purpose: null,
        value,
        format: null,
        language: null,
        path: ["bodyValue"],
      });
    }
  }
  return bodies;
}
