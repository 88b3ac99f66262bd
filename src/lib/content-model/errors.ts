import type { z } from "zod";
import { formatPath } from "../w3c/json";
import type { ContentError } from "./types";

type Path = readonly PropertyKey[];

/** One line naming file, claim, quote and field, then the message. */
export function formatContentError(error: ContentError): string {
  const where = [
    error.file,
    error.annotationId === null ? null : `annotation "${error.annotationId}"`,
    error.quoteId === null ? null : `quote "${error.quoteId}"`,
    error.path,
  ].filter((part) => part !== null);
  return `${where.join(" › ")}: ${error.message}`;
}

/** An error located in a content file, with the claim and quote ids looked up from the raw JSON at `path`. */
export function contentError(file: string, raw: unknown, path: Path, message: string): ContentError {
  return {
    file,
    annotationId: idAt(raw, path, 2),
    quoteId: idAt(raw, path, 4),
    path: formatPath(path),
    message,
  };
}

/**
 * Turn zod issues into content errors. A union (a field holding one object or an array of them) reports the branch that got
 * furthest into the data, so the message names the real field rather than "Invalid input".
 */
export function zodErrors(file: string, raw: unknown, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  const seen = new Set<string>();
  const out: ContentError[] = [];
  for (const { path, message } of flatten(issues, [])) {
    const error = contentError(file, raw, path, message);
    const key = `${error.path}\u0000${error.message}`;
    if (!seen.has(key)) out.push(error);
    seen.add(key);
  }
  return out;
}

function flatten(issues: readonly z.core.$ZodIssue[], base: Path): { path: Path; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const branch = issue.errors.reduce((best, b) => (closer(b, best) ? b : best));
      return flatten(branch, path);
    }
    return [{ path, message: issue.message }];
  });
}

/** A union branch is closer when its deepest issue is deeper, or, at equal depth, when it has fewer issues. */
function closer(a: readonly z.core.$ZodIssue[], b: readonly z.core.$ZodIssue[]): boolean {
  const depth = (branch: readonly z.core.$ZodIssue[]) => Math.max(0, ...branch.map((i) => i.path.length));
  return depth(a) > depth(b) || (depth(a) === depth(b) && a.length < b.length);
}

/**
 * The `id` of the object found by following the first `length` keys of `path` from `raw`, when the path goes
 * that deep into an `items[i].target[j]`-shaped document (length 2: the annotation, 4: its target).
 */
function idAt(raw: unknown, path: Path, length: 2 | 4): string | null {
  if (path[0] !== "items" || (length === 4 && path[2] !== "target") || path.length < length) return null;
  let node: unknown = raw;
  for (const key of path.slice(0, length)) {
    if (typeof node !== "object" || node === null || typeof key === "symbol") return null;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node !== "object" || node === null || !("id" in node)) return null;
  return typeof node.id === "string" ? node.id : null;
}
