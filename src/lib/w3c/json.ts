// Small readers for annotation JSON, each returning a value or recording why not under the field's path.
// Hand-written rather than zod: the notes read annotations in the browser, and zod would weigh more there than the
// whole adapter (~6 kB gzip even as zod/mini for a schema of this shape, against ~3.6 kB for parse and serialise;
// esbuild, minified).
import type { Path, W3CProblem } from "./types";

export type Json = Record<string, unknown>;

/** The problems found in one annotation (or collection), in the order met. */
export class Problems {
  readonly list: W3CProblem[] = [];
  add(path: Path, message: string): void {
    this.list.push({ path, message });
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as messages show it: JSON, shortened. */
export function shown(value: unknown, max = 60): string {
  // JSON.stringify(undefined) is undefined, though typed as a string.
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** What a value is, for "must be …, not …" messages. */
export function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** A JSON path for people: `items[3].target[0].selector[0].exact`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : `${out === "" ? "" : "."}${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * Whether an object is of `type`: JSON-LD lets `type` hold one name or a list of them (`["Annotation"]`), for an
 * annotation as for any typed object in it.
 */
export function hasType(object: Json, type: string): boolean {
  const given = object.type;
  return given === type || (Array.isArray(given) && given.includes(type));
}

/** The object's type among `known`, else its first type name; null when it names none. */
export function typeAmong(object: Json, known: ReadonlySet<string>): string | null {
  const names = (Array.isArray(object.type) ? object.type : [object.type]).filter(
    (t): t is string => typeof t === "string",
  );
  return names.find((t) => known.has(t)) ?? names[0] ?? null;
}

/** A one-or-many field (the model lets most hold one object or a list) as [path, item] pairs. */
export function oneOrMany(value: unknown, path: Path): [Path, unknown][] {
  if (value === undefined) return [];
  return Array.isArray(value)
    ? value.map((item, i): [Path, unknown] => [[...path, i], item])
    : [[path, value]];
}

/** An optional string field; `max` in characters. */
export function optionalString(
  object: Json,
  key: string,
  path: Path,
  problems: Problems,
  max: number,
): string | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    problems.add([...path, key], `must be text, not ${kindOf(value)}`);
    return undefined;
  }
  if (value.length > max) {
    problems.add([...path, key], `is longer than ${max.toLocaleString("en-US")} characters`);
    return undefined;
  }
  return value;
}

/** The kinds of object a strict reading checks the fields of. */
export type ObjectKind =
  | "AnnotationCollection"
  | "Annotation"
  | "TextualBody"
  | "SpecificResource"
  | "TextQuoteSelector"
  | "TextPositionSelector";

/**
 * A check of an object's fields, called on every object read: `strictFields` (strict.ts) refuses those the model
 * does not read, for files written by hand. Imports from other tools carry fields of their own, which are ignored.
 */
export type FieldCheck = (kind: ObjectKind, object: Json, path: Path, problems: Problems) => void;

/**
 * The first of `items` that `is` picks, in a field where there may be only one (a claim's describing body, a note's
 * text): each further one is a problem at its own path, naming where the first is and the rule.
 */
export function onlyOne<T extends { path: Path }>(
  items: readonly T[],
  is: (item: T) => boolean,
  name: string,
  rule: string,
  problems: Problems,
): T | null {
  const [first, ...repeats] = items.filter(is);
  for (const repeat of repeats) {
    problems.add(repeat.path, `a second ${name} (the first is ${formatPath(first?.path ?? [])}); ${rule}`);
  }
  return first ?? null;
}
