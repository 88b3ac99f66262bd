// A feed's bytes read as the feed says they are written (the XML and WHATWG Encoding rules): a byte-order mark, then
// the HTTP `charset`, then the XML declaration's `encoding`, then UTF-8. `response.text()` would read every feed as
// UTF-8 and turn a windows-1251 feed into U+FFFD without a word; here a feed that cannot be read is a failure that
// names its encoding.
import type { FeedFailure } from "./types";

/** The body as text, and the encoding it was read in (WHATWG's name for it), or why it cannot be read. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; failure: FeedFailure };

/** The encoding a byte-order mark names, or `null`. UTF-32 marks are not checked: no browser decodes UTF-32. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/**
 * UTF-16 without a mark, told by its first character: a feed starts with `<`, `{` or white space, all ASCII, so in
 * UTF-16 one of its first two bytes is zero (XML 1.0, appendix F). `null` for an ASCII-compatible start.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 2) return null;
  if (bytes[0] !== 0 && bytes[1] === 0) return "utf-16le";
  if (bytes[0] === 0 && bytes[1] !== 0) return "utf-16be";
  return null;
}

/** The `charset` parameter of a `Content-Type` header, or `null`. */
export function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1] ?? null;
}

/** The `encoding` of an XML declaration at the start of ASCII-compatible bytes, or `null`. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII by definition: read the first bytes one to one, whatever the encoding is.
  const start = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(start);
  return match?.[1] ?? null;
}

const isUtf16Label = (label: string) => /^(?:utf-?16|ucs-?2|unicode)/i.test(label.trim());

/**
 * Decodes a feed body by the byte-order mark, else the HTTP `charset` (from `contentType`), else the XML declaration,
 * else UTF-8. A declared encoding that fails on these bytes gives way to the next one declared (a server's charset is
 * often a default the file never had); when none reads them, the failure names the first. Never returns U+FFFD for
 * bytes it could not read: decoding is strict.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodeResult {
  const bom = bomEncoding(bytes);
  const sixteen = utf16Order(bytes);
  const declared = [charsetOf(contentType), sixteen === null ? declaredEncoding(bytes) : null].filter(
    // A UTF-16 label on bytes that start like ASCII cannot be true: believed, it would give text in no language.
    (label): label is string => label !== null && (sixteen !== null || !isUtf16Label(label)),
  );
  // A mark is certain; UTF-16 found by its zero bytes is read in that byte order whatever the label says.
  const candidates = bom !== null ? [bom] : sixteen !== null ? [sixteen] : [...declared, "utf-8"];
  let first: FeedFailure | null = null;
  for (const label of candidates) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label.trim(), { fatal: true });
    } catch {
      first ??= { kind: "encoding", encoding: label, reason: "unsupported" };
      continue;
    }
    try {
      return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
    } catch {
      first ??= { kind: "encoding", encoding: decoder.encoding, reason: "invalid" };
    }
  }
  return { ok: false, failure: first ?? { kind: "encoding", encoding: "utf-8", reason: "invalid" } };
}
