// Long items cut into parts the panel can show one at a time: a 1.1-million-character item rendered whole was one
// list item 568,825 px tall. Parts end at a word (a paragraph's end where one is near), and every part of HTML is
// whole HTML: the elements open at a cut are closed there and opened again at the next part.

/** Characters of an item shown in the list before "Read more": about six lines of the panel. */
export const EXCERPT_CHARS = 280;
/** An item longer than this is shortened in the list; a shorter one is shown whole (a fold would save too little). */
export const LONG_ITEM_CHARS = 400;
/** Characters of one part of a long item, read on demand: under twenty lines of the panel, within any screen. */
export const PART_CHARS = 800;
/** Characters of a title in the list; a longer one is cut (and shown up to a part's length once read). */
export const TITLE_CHARS = 300;

const ELLIPSIS = "…";
// A character reference shows as one character.
const REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/iy;
const TOKEN = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>|[^<]+|</gi;
const VOID = new Set(["br", "hr", "img", "wbr"]);
const BLOCK = new Set(["p", "li", "ul", "ol", "blockquote"]);
const isSpace = (c: string | undefined) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f";

/** The length in code units of the character shown at `i`: a reference (in HTML) or a surrogate pair is one. */
function unitAt(text: string, i: number, html: boolean): number {
  if (html && text[i] === "&") {
    REFERENCE.lastIndex = i;
    if (REFERENCE.test(text)) return REFERENCE.lastIndex - i;
  }
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * How far `room` shown characters reach into `text` from `start`: the end (code units) and how many were shown.
 * When the text goes on, the cut is at the last white space in reach, else (`mayBreakWord`: nothing else is on the
 * part yet) right at the limit, else nowhere: the word goes to the next part.
 */
function reach(text: string, start: number, room: number, html: boolean, mayBreakWord: boolean) {
  let i = start;
  let shown = 0;
  let space = { end: -1, shown: 0 };
  while (i < text.length && shown < room) {
    if (isSpace(text[i])) space = { end: i, shown };
    i += unitAt(text, i, html);
    shown += 1;
  }
  if (i >= text.length || isSpace(text[i])) return { end: i, shown };
  if (space.end > start) return space;
  return mayBreakWord ? { end: i, shown } : { end: start, shown: 0 };
}

/** A part before assembly: `midText` when it was cut within text (then it ends with "…" before `closing`). */
interface Part {
  body: string;
  closing: string;
  midText: boolean;
}

function assemble(parts: readonly Part[]): string[] {
  return parts.map(({ body, closing, midText }) => `${body}${midText ? ELLIPSIS : ""}${closing}`);
}

/** The number of characters `html` shows (its text, references counted as one). */
export function shownLength(html: string): number {
  let shown = 0;
  for (const [token, , name] of html.matchAll(TOKEN)) {
    if (name !== undefined) continue;
    for (let i = 0; i < token.length; i += unitAt(token, i, true)) shown += 1;
  }
  return shown;
}

/**
 * Sanitised feed HTML (the panel's few text tags) cut into parts of at most `size` shown characters, each whole
 * HTML; a part cut within a paragraph ends with "…".
 */
export function htmlParts(html: string, size: number): string[] {
  const parts: Part[] = [];
  const open: { name: string; tag: string }[] = [];
  let body = "";
  let used = 0;
  const finish = (midText: boolean) => {
    if (used === 0) return;
    const closing = [...open].reverse().map(({ name }) => `</${name}>`);
    parts.push({ body, closing: closing.join(""), midText });
    body = open.map(({ tag }) => tag).join("");
    used = 0;
  };
  for (const [token, slash, rawName] of html.matchAll(TOKEN)) {
    const name = rawName?.toLowerCase();
    if (name === undefined) {
      let start = 0;
      while (start < token.length) {
        const { end, shown } = reach(token, start, size - used, true, used === 0);
        body += token.slice(start, end);
        used += shown;
        start = end;
        if (start >= token.length) break;
        finish(true);
        while (isSpace(token[start])) start += 1;
      }
    } else if (slash === "/") {
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at >= 0) open.splice(at);
      body += token;
      // A paragraph that ends near the limit ends the part: the next starts with the next paragraph.
      if (BLOCK.has(name) && used >= 0.6 * size) finish(false);
    } else {
      body += token;
      if (!VOID.has(name) && !token.endsWith("/>")) open.push({ name, tag: token });
    }
  }
  // What is left after the last cut is a part only if it shows something (not just reopened, then closed, tags).
  if (used > 0 || parts.length === 0) parts.push({ body, closing: "", midText: false });
  return assemble(parts);
}

/** Plain text cut into parts of at most `size` characters at white space; every part but the last ends with "…". */
export function textParts(text: string, size: number): string[] {
  const parts: Part[] = [];
  let start = 0;
  do {
    const { end } = reach(text, start, size, false, true);
    parts.push({ body: text.slice(start, end).trimEnd(), closing: "", midText: end < text.length });
    start = end;
    while (isSpace(text[start])) start += 1;
  } while (start < text.length);
  const last = parts[parts.length - 1];
  // Cut just before trailing white space: nothing follows, so nothing is missing.
  if (last !== undefined && start >= text.length) last.midText = false;
  return assemble(parts);
}

/** `text` cut to at most `size` characters at white space, with "…" when it was cut. */
export function shorten(text: string, size: number): string {
  return text.length <= size ? text : (textParts(text, size)[0] ?? "");
}
