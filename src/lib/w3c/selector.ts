// One TextQuoteSelector or TextPositionSelector object, read field by field.
import {
  isObject,
  kindOf,
  optionalString,
  shown,
  typeAmong,
  type FieldCheck,
  type Json,
  type Problems,
} from "./json";
import { onlyWhiteSpace } from "./passage";
import { SELECTOR_TYPES, type Path, type TextPosition, type TextQuote } from "./types";

/** The longest passage, prefix or suffix read (longer ones cannot be this article's, and would be slow to find). */
export const MAX_QUOTE_LENGTH = 10_000;

/** A selector object's type (a W3C one if it names several), or null with the problem recorded. */
export function selectorType(selector: unknown, path: Path, problems: Problems): string | null {
  if (!isObject(selector)) {
    problems.add(path, `must be a selector object with a type, not ${kindOf(selector)}`);
    return null;
  }
  const type = typeAmong(selector, SELECTOR_TYPES);
  if (type === null)
    problems.add([...path, "type"], `missing: a selector says its kind, e.g. "TextQuoteSelector"`);
  return type;
}

/** A TextQuoteSelector's passage; null when it is unusable (the problems say why). */
export function readQuote(
  selector: Json,
  path: Path,
  problems: Problems,
  strict: FieldCheck | undefined,
): TextQuote | null {
  const before = problems.list.length;
  strict?.("TextQuoteSelector", selector, path, problems);
  const exact = optionalString(selector, "exact", path, problems, MAX_QUOTE_LENGTH);
  if (selector.exact === undefined || exact === "") {
    problems.add([...path, "exact"], "missing: the passage itself");
  } else if (exact !== undefined && onlyWhiteSpace(exact)) {
    problems.add([...path, "exact"], "is only white space, which marks no words of the text");
  }
  const prefix = optionalString(selector, "prefix", path, problems, MAX_QUOTE_LENGTH) ?? "";
  const suffix = optionalString(selector, "suffix", path, problems, MAX_QUOTE_LENGTH) ?? "";
  return exact === undefined || problems.list.length > before ? null : { exact, prefix, suffix };
}

/** A TextPositionSelector's offsets; null when they are unusable (the problems say why). */
export function readPosition(
  selector: Json,
  path: Path,
  problems: Problems,
  strict: FieldCheck | undefined,
): TextPosition | null {
  strict?.("TextPositionSelector", selector, path, problems);
  const { start, end } = selector;
  const offset = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
  if (!offset(start)) problems.add([...path, "start"], `must be a whole number from 0, not ${shown(start)}`);
  if (!offset(end)) problems.add([...path, "end"], `must be a whole number from 0, not ${shown(end)}`);
  if (!offset(start) || !offset(end)) return null;
  if (end <= start) {
    problems.add(path, "end must be greater than start");
    return null;
  }
  return { start, end };
}
