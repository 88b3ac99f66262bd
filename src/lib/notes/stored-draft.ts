// Drafts as they are kept between visits (src/features/notes/drafts-storage.ts writes them as JSON): read back
// through this check, since another version of the page, an extension or a full disk may have left anything there.
import type { StoredDraft } from "./state";
import type { TextRange } from "../text-range";
import { NOTE_MAX_LENGTH, type OwnNote } from "./types";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";

function range(value: unknown): TextRange | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { start, end } = value;
  const offset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  return offset(start) && offset(end) && end > start ? { start, end } : undefined;
}

function note(value: unknown): OwnNote | null {
  if (!isObject(value) || !isObject(value.quote)) return null;
  const { id, quote, text, created, modified } = value;
  const position = range(value.position);
  if (![id, quote.exact, quote.prefix, quote.suffix, text, created, modified].every(isString)) return null;
  if (position === undefined || (quote.exact as string).trim() === "") return null;
  return {
    id: id as string,
    quote: { exact: quote.exact as string, prefix: quote.prefix as string, suffix: quote.suffix as string },
    position,
    text: text as string,
    created: created as string,
    modified: modified as string,
  };
}

/** A kept draft, or null when what was kept is not one (it is then left where it is, untouched). */
export function readStoredDraft(raw: unknown, noteId: string): StoredDraft | null {
  if (!isObject(raw)) return null;
  const kept = note(raw.note);
  const where = range(raw.range);
  const { isNew, base, text } = raw;
  if (!kept || kept.id !== noteId || where === undefined || typeof isNew !== "boolean") return null;
  if (!isString(text) || text.length > NOTE_MAX_LENGTH * 2 || !(base === null || isString(base))) return null;
  return { note: kept, isNew, range: where, base, text };
}
