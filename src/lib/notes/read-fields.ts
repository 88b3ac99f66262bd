// Small readers for W3C annotation JSON, each returning a value or recording why not under the field's path.
// Hand-written rather than zod: the notes load in a chunk of their own, and zod there would split the live
// briefing's copy into a shared chunk, costing every page view ~0.7 kB (measured with `npm run build`).

export type Json = Record<string, unknown>;

/** Collects "field: why" messages for one annotation. */
export class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
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

/** What a value is, for "expected … but got …" messages. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** An optional string field; `max` in characters. */
export function optionalString(object: Json, key: string, path: string, problems: Problems, max: number) {
  const value = object[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    problems.add(path, `must be text, not ${kindOf(value)}`);
    return undefined;
  }
  if (value.length > max) {
    problems.add(path, `is longer than ${max.toLocaleString("en-US")} characters`);
    return undefined;
  }
  return value;
}

/** A one-or-many W3C field as a list of [path, item] pairs. */
export function oneOrMany(value: unknown, path: string): [string, unknown][] {
  return Array.isArray(value)
    ? value.map((item, i): [string, unknown] => [`${path}[${i}]`, item])
    : [[path, value]];
}
