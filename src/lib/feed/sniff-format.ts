/** What a body looks like from its first characters: the format is told by the content, not the `Content-Type`. */
export type BodyKind = "json" | "xml" | "html" | "unknown";

/** Reads past a byte-order mark and whitespace: `{` or `[` is JSON, `<` is XML unless it opens an HTML page. */
export function sniffBody(text: string): BodyKind {
  // Only the first characters matter: never copy a whole multi-megabyte body to look at them.
  const start = text.slice(0, 1000).trimStart().slice(0, 200);
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (!start.startsWith("<")) return "unknown";
  // Error pages and captive portals answer 200 with HTML; XML feeds may still start with a comment or <?xml …?>.
  return /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(start) ? "html" : "xml";
}
