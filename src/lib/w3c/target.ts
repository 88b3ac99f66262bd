// An annotation's targets: passages of a text, each found by its selectors read by `type`, in any order.
import {
  formatPath,
  hasType,
  isObject,
  kindOf,
  oneOrMany,
  optionalString,
  shown,
  type FieldCheck,
  type Problems,
} from "./json";
import { refineQuote, REFINEMENTS } from "./refine";
import { readPosition, readQuote, selectorType } from "./selector";
import {
  SELECTOR_TYPES,
  type Located,
  type ParsedTarget,
  type Path,
  type TextPosition,
  type TextQuote,
} from "./types";

/** The longest id read. */
export const MAX_ID_LENGTH = 2_000;

const RULE = "a target has exactly one TextQuoteSelector and at most one TextPositionSelector";

/** Every target of `value` (one object or a list) that is a passage; `source` is the document they must mark. */
export function readTargets(
  value: unknown,
  problems: Problems,
  strict: FieldCheck | undefined,
  source: string | undefined,
): ParsedTarget[] {
  const targets: ParsedTarget[] = [];
  for (const [path, target] of oneOrMany(value, ["target"])) {
    if (!isObject(target)) {
      problems.add(path, `must be a passage (a SpecificResource with selectors), not ${kindOf(target)}`);
      continue;
    }
    strict?.("SpecificResource", target, path, problems);
    const typed = target.type !== undefined;
    if (typed && !hasType(target, "SpecificResource")) {
      problems.add([...path, "type"], `must be "SpecificResource", not ${shown(target.type)}`);
    }
    const id = optionalString(target, "id", path, problems, MAX_ID_LENGTH) ?? null;
    const given = optionalString(target, "source", path, problems, MAX_ID_LENGTH) ?? null;
    if (source !== undefined && given !== null && given !== source) {
      problems.add(
        [...path, "source"],
        `marks another document (${shown(given)}), not this article (${shown(source)})`,
      );
    }
    if (target.selector === undefined) {
      problems.add([...path, "selector"], "missing: a TextQuoteSelector says which passage");
      continue;
    }
    const found = readSelectors(target.selector, [...path, "selector"], problems, strict);
    // Fields written out, not spread: V8 copies a spread object on a slow path, which made reading 1,000 stored
    // notes take ~10 times as long.
    if (found) targets.push({ id, source: given, typed, quote: found.quote, position: found.position, path });
  }
  return targets;
}

/** The passage a target's selectors agree on, refinements applied; null when they do not give one. */
function readSelectors(value: unknown, path: Path, problems: Problems, strict: FieldCheck | undefined) {
  const before = problems.list.length;
  let quote: Located<TextQuote> | null = null;
  let position: Located<TextPosition> | null = null;
  let refinedBy: unknown;
  let quoteAt: Path | null = null;
  let positionAt: Path | null = null;
  for (const [at, selector] of oneOrMany(value, path)) {
    const type = selectorType(selector, at, problems);
    if (type === null || !isObject(selector)) continue;
    if (type === "TextQuoteSelector") {
      if (quoteAt) {
        problems.add(at, `a second TextQuoteSelector (the first is ${formatPath(quoteAt)}); ${RULE}`);
      } else {
        quoteAt = at;
        const read = readQuote(selector, at, problems, strict);
        quote = read && { exact: read.exact, prefix: read.prefix, suffix: read.suffix, path: at };
        refinedBy = selector.refinedBy;
      }
    } else if (type === "TextPositionSelector") {
      if (positionAt) {
        problems.add(at, `a second TextPositionSelector (the first is ${formatPath(positionAt)}); ${RULE}`);
      } else {
        positionAt = at;
        const read = readPosition(selector, at, problems, strict);
        position = read && { start: read.start, end: read.end, path: at };
        // Its offsets are into the text alone: refined, they could no longer be checked against the quote.
        if (selector.refinedBy !== undefined) problems.add([...at, "refinedBy"], REFINEMENTS);
      }
    } else if (!SELECTOR_TYPES.has(type)) {
      problems.add(
        [...at, "type"],
        `unknown selector type ${shown(type)}; the W3C types are ${[...SELECTOR_TYPES].join(", ")}`,
      );
    }
  }
  if (!quoteAt) problems.add(path, `no TextQuoteSelector; ${RULE}`);
  if (!quote || problems.list.length > before) return null;
  if (refinedBy === undefined) return { quote, position };
  const inner = refineQuote(quote, refinedBy, problems, strict);
  if (!inner) return null;
  // The hint gives where the outer passage lies: moved onto the refined part, or dropped if it spans something else.
  if (!position || position.end - position.start !== quote.exact.length)
    return { quote: inner.quote, position: null };
  const start = position.start + inner.offset;
  const hint = { start, end: start + inner.quote.exact.length, path: position.path };
  return { quote: inner.quote, position: hint };
}
