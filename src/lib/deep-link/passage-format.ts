import { onlyWhiteSpace } from "../w3c/passage.ts";
import { malformed, tooLong } from "./problems.ts";
import type { TextRange } from "../text-range";
import type { LinkProblem, PassageSelector } from "./types";

/** The fragment key of a passage link: `#passage=<start>-<end>~<prefix>,<exact>[,<exactEnd>],<suffix>`. */
export const PASSAGE_KEY = "passage=";
/** The longest field (decoded) a passage link may carry; links this reader makes stay far below it. */
export const MAX_PASSAGE_FIELD = 500;
/** The largest offset a position hint may state. */
export const MAX_PASSAGE_OFFSET = 9_999_999;

// Lone surrogates make encodeURIComponent throw; a selection edge may split a pair, so replace them.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes one field: `encodeURIComponent` plus `!'()*`, which link detectors and mail clients mangle. */
function encodeField(value: string): string {
  return encodeURIComponent(value.replace(loneSurrogate, "\uFFFD")).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The fragment (without `#`) recording a passage that has a position hint (`#passage=`). */
export function encodePassage(passage: PassageSelector & { hint: TextRange }): string {
  const fields = [passage.prefix, passage.exact];
  if (passage.exactEnd !== null) fields.push(passage.exactEnd);
  fields.push(passage.suffix);
  const encoded = fields.map(encodeField).join(",");
  // Chat apps end a detected link before a final ".", so a link must not end with one.
  const safeEnd = encoded.endsWith(".") ? `${encoded.slice(0, -1)}%2E` : encoded;
  return `${PASSAGE_KEY}${passage.hint.start}-${passage.hint.end}~${safeEnd}`;
}

/** Reads the part after `passage=`; never throws. */
export function decodePassage(
  value: string,
): { ok: true; passage: PassageSelector } | { ok: false; problem: LinkProblem } {
  const head = /^(\d{1,7})-(\d{1,7})~/.exec(value);
  if (!head) {
    return {
      ok: false,
      problem: malformed("passage", "it should start with a position such as “120-184~”"),
    };
  }
  const start = Number(head[1]);
  const end = Number(head[2]);
  if (end <= start) {
    return { ok: false, problem: malformed("passage", "its end position is not after its start") };
  }
  const raw = value.slice(head[0].length).split(",");
  if (raw.length !== 3 && raw.length !== 4) {
    return {
      ok: false,
      problem: malformed("passage", `it has ${raw.length} text parts where 3 or 4 were expected`),
    };
  }
  const fields: string[] = [];
  for (const field of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(field);
    } catch {
      return { ok: false, problem: malformed("passage", "it contains an invalid %-escape") };
    }
    if (decoded.length > MAX_PASSAGE_FIELD) {
      return { ok: false, problem: tooLong("passage", decoded.length, MAX_PASSAGE_FIELD) };
    }
    fields.push(decoded);
  }
  const [prefix = "", exact = "", middle = "", last = ""] = fields;
  const long = fields.length === 4;
  const exactEnd = long ? middle : null;
  const suffix = long ? last : middle;
  if (exact === "" || exactEnd === "") {
    return { ok: false, problem: malformed("passage", "its quoted text is empty") };
  }
  // The rule imported annotations follow too: white space alone could only highlight a gap between words.
  if (onlyWhiteSpace(exact) || (exactEnd !== null && onlyWhiteSpace(exactEnd))) {
    return { ok: false, problem: malformed("passage", "its quoted text is only white space") };
  }
  return { ok: true, passage: { hint: { start, end }, prefix, exact, exactEnd, suffix } };
}
