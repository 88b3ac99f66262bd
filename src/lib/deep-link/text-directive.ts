// Text fragments, as browsers make them ("Copy link to highlight") and read them: `#:~:text=[prefix-,]start[,end]
// [,-suffix]`, parsed and built as the WICG URL Fragment Text Directives spec says ("parse a text directive",
// "remove the fragment directive"). Matching them in the article is text-directive-match.ts.
import { CONTEXT_LENGTH } from "./passage-from-range.ts";
import { malformed, tooLong } from "./problems.ts";
import type { LinkProblem, PassageSelector } from "./types";

/** What separates a URL fragment from its fragment directive: `#<fragment>:~:<directive>`. */
export const FRAGMENT_DIRECTIVE_DELIMITER = ":~:";
/** The longest term (decoded) a text fragment may carry here, as for the reader's own passage links. */
export const MAX_TEXT_TERM = 500;

/** One text directive: the passage is `start`, or runs from `start` to the first `end` after it. */
export interface TextDirective {
  /** Text just before the passage (whitespace between them aside), or null. */
  prefix: string | null;
  start: string;
  /** The passage's last words when it is given as a range, or null. */
  end: string | null;
  /** Text just after the passage (whitespace between them aside), or null. */
  suffix: string | null;
}

/**
 * A fragment (without `#`) split at the first `:~:`, as browsers do before anything else reads it: what comes
 * before, and the fragment directive after (null when there is none, or nothing follows the delimiter).
 */
export function splitFragmentDirective(fragment: string): { fragment: string; directive: string | null } {
  const at = fragment.indexOf(FRAGMENT_DIRECTIVE_DELIMITER);
  if (at === -1) return { fragment, directive: null };
  const directive = fragment.slice(at + FRAGMENT_DIRECTIVE_DELIMITER.length);
  return { fragment: fragment.slice(0, at), directive: directive === "" ? null : directive };
}

// A term's characters in a URL (the spec's TextDirectiveString): "&", "-" and "," are percent-encoded, and so is
// a "%" of the text, so a "%" not followed by two hex digits is no valid term.
const term = /^(?:[A-Za-z0-9!$'()*+./:;=?@_~]|%[0-9A-Fa-f]{2})+$/;

function decodeTerm(raw: string): string | null {
  if (!term.test(raw)) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    // Bytes that are no UTF-8: the spec decodes them as U+FFFD, which no text of the article contains.
    return null;
  }
}

/** The spec's "parse a text directive", on what follows `text=`: null when it is not valid. */
export function parseTextDirective(value: string): TextDirective | null {
  const tokens = value.split(",");
  if (tokens.length < 1 || tokens.length > 4) return null;
  let prefix: string | null = null;
  let suffix: string | null = null;
  const first = tokens[0] ?? "";
  if (first.endsWith("-")) {
    prefix = first.slice(0, -1);
    tokens.shift();
    if (prefix === "" || prefix.includes("-") || tokens.length === 0) return null;
  }
  const last = tokens.at(-1) ?? "";
  if (last.startsWith("-")) {
    suffix = last.slice(1);
    tokens.pop();
    if (suffix === "" || suffix.includes("-") || tokens.length === 0) return null;
  }
  if (tokens.length > 2) return null;
  const [start = "", end = null] = tokens;
  // Every term given must be a valid one.
  const decode = (raw: string | null) => (raw === null ? null : decodeTerm(raw));
  const parsed = {
    prefix: decode(prefix),
    start: decodeTerm(start),
    end: decode(end),
    suffix: decode(suffix),
  };
  if (parsed.start === null) return null;
  if ((prefix !== null && parsed.prefix === null) || (end !== null && parsed.end === null)) return null;
  if (suffix !== null && parsed.suffix === null) return null;
  return { ...parsed, start: parsed.start };
}

/**
 * The first valid text directive of a fragment directive (`text=…&text=…&other`), as a passage without position,
 * or a problem when there are text directives but none can be read. Other directives are not ours to judge.
 */
export function passageFromDirective(
  directive: string,
): { ok: true; passage: PassageSelector | null } | { ok: false; problem: LinkProblem } {
  const texts = directive.split("&").filter((d) => d.startsWith("text="));
  if (texts.length === 0) return { ok: true, passage: null };
  const parsed = texts.map((d) => parseTextDirective(d.slice("text=".length)));
  const found = parsed.find((d) => d !== null);
  if (!found) {
    return {
      ok: false,
      problem: malformed(
        "fragment",
        "its text fragment (after “:~:”) is not of the form text=[prefix-,]start[,end][,-suffix]",
      ),
    };
  }
  const terms = [found.prefix, found.start, found.end, found.suffix];
  const longest = Math.max(...terms.map((t) => t?.length ?? 0));
  if (longest > MAX_TEXT_TERM) return { ok: false, problem: tooLong("passage", longest, MAX_TEXT_TERM) };
  if (terms.some((t) => t !== null && /^\s+$/.test(t))) {
    return { ok: false, problem: malformed("passage", "its quoted text is only white space") };
  }
  const passage = {
    hint: null,
    prefix: found.prefix ?? "",
    exact: found.start,
    exactEnd: found.end,
    suffix: found.suffix ?? "",
  };
  return { ok: true, passage };
}

/** A term as a URL carries it: every character but the spec's explicit ones percent-encoded ("-" included). */
function encodeTerm(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD")).replace(
    /[-!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `text=[prefix-,]start[,end][,-suffix]` for a directive; a final "." is written `%2E`, as chat apps drop it. */
export function encodeTextDirective(d: TextDirective): string {
  const parts = [
    d.prefix === null ? null : `${encodeTerm(d.prefix)}-`,
    encodeTerm(d.start),
    d.end === null ? null : encodeTerm(d.end),
    d.suffix === null ? null : `-${encodeTerm(d.suffix)}`,
  ];
  const value = `text=${parts.filter((p) => p !== null).join(",")}`;
  return value.endsWith(".") ? `${value.slice(0, -1)}%2E` : value;
}

/** The parts of `text` between its line breaks, trimmed, empty ones left out: a paragraph's text has none. */
function blocks(text: string): string[] {
  return text
    .split("\n")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * The passage's text directive, for a browser to highlight it without the app. Browsers match each term within
 * one block (a paragraph), so the terms are cut at paragraph breaks: the context to the passage's paragraph, and a
 * passage that spans a break becomes a range from its first words to its last. A browser also wants the context
 * to begin (prefix) and end (suffix) on a word: context of the full length may have been cut inside a word
 * (passage-from-range.ts), so its outer word is left out.
 */
export function textDirectiveFor(passage: PassageSelector): TextDirective {
  const opening = blocks(passage.exact);
  const closing = blocks(passage.exactEnd ?? passage.exact);
  const start = opening[0] ?? passage.exact;
  const end = passage.exactEnd === null && opening.length === 1 ? null : (closing.at(-1) ?? null);
  const full = (context: string) => context.length >= CONTEXT_LENGTH && !context.includes("\n");
  const before = blocks(passage.prefix).at(-1) ?? "";
  const after = blocks(passage.suffix)[0] ?? "";
  const prefix = full(passage.prefix) ? before.replace(/^\S*\s+/, "") : before;
  const suffix = full(passage.suffix) ? after.replace(/\s+\S*$/, "") : after;
  return { prefix: prefix || null, start, end, suffix: suffix || null };
}

/** `url` without an empty fragment's "#": `https://x/#` and `https://x/` are one address. */
function withoutEmptyFragment(url: string): string {
  return url.endsWith("#") ? url.slice(0, -1) : url;
}

/**
 * `href` (an absolute URL as `location` shows it) with the fragment directive of `requested` (the URL the browser
 * was sent to, as its navigation entry keeps it) when that is the same address: browsers that follow text
 * fragments strip `:~:…` from `location` before any script runs. Otherwise `href` unchanged.
 */
export function withFragmentDirective(href: string, requested: string | null): string {
  if (requested === null) return href;
  const hashAt = requested.indexOf("#");
  if (hashAt === -1) return href;
  const { fragment, directive } = splitFragmentDirective(requested.slice(hashAt + 1));
  if (directive === null) return href;
  const stripped = requested.slice(0, hashAt + 1) + fragment;
  if (withoutEmptyFragment(stripped) !== withoutEmptyFragment(href)) return href;
  return `${stripped}${FRAGMENT_DIRECTIVE_DELIMITER}${directive}`;
}
