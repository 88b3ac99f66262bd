// Files of annotations: a W3C AnnotationCollection (what the reader exports and the content is), or, as imports
// also accept, a list of annotations or a single one.
import { hasType, isObject, kindOf, optionalString, Problems, shown, type FieldCheck } from "./json";
import type { ParseResult } from "./types";

/** A collection as read: its label and its items, each still to be read with `parseAnnotation`. */
export interface ParsedCollection {
  /** null when the collection has none. */
  label: string | null;
  items: readonly unknown[];
}

/** Reads an AnnotationCollection; `strict` checks its fields (see `ReadOptions`). */
export function parseCollection(raw: unknown, strict?: FieldCheck): ParseResult<ParsedCollection> {
  if (!isObject(raw)) {
    const message = `must be an AnnotationCollection object, not ${kindOf(raw)}`;
    return { ok: false, problems: [{ path: [], message }] };
  }
  const problems = new Problems();
  strict?.("AnnotationCollection", raw, [], problems);
  if (!hasType(raw, "AnnotationCollection")) {
    problems.add(["type"], `must be "AnnotationCollection", not ${shown(raw.type)}`);
  }
  const label = optionalString(raw, "label", [], problems, 1_000) ?? null;
  if (!Array.isArray(raw.items))
    problems.add(["items"], `must be a list of annotations, not ${kindOf(raw.items)}`);
  if (problems.list.length > 0 || !Array.isArray(raw.items)) return { ok: false, problems: problems.list };
  return { ok: true, parsed: { label, items: raw.items as unknown[] } };
}

/** The annotations a file holds, each still to be read; null when it is not a collection, a list or an annotation. */
export function annotationsIn(json: unknown): readonly unknown[] | null {
  if (Array.isArray(json)) return json as unknown[];
  if (isObject(json) && hasType(json, "Annotation")) return [json];
  if (isObject(json) && hasType(json, "AnnotationCollection") && Array.isArray(json.items)) {
    return json.items as unknown[];
  }
  return null;
}
