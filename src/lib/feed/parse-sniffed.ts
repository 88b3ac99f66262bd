import { parseJsonFeedText } from "./parse-json-feed";
import { sniffBody } from "./sniff-format";
import type { ParseResult } from "./types";

/**
 * Any feed body, of any format, told apart by its content: JSON Feed here, RSS and Atom by `parseXml`. The one
 * place that decides a body's format and words what is not a feed; callers choose how the XML parser is had
 * (imported, or fetched on first use by the browser, which keeps it out of the chunk every view loads). `feedUrl`:
 * where the body came from (relative links and a missing title are read against it), or `null`.
 */
export function parseSniffed<X extends ParseResult | Promise<ParseResult>>(
  text: string,
  parseXml: (text: string, feedUrl: string | null) => X,
  feedUrl: string | null = null,
): ParseResult | X {
  switch (sniffBody(text)) {
    case "json":
      return parseJsonFeedText(text, feedUrl);
    case "xml":
      return parseXml(text, feedUrl);
    case "html":
      return { ok: false, failure: { kind: "not-a-feed", detail: "an HTML page" } };
    case "unknown":
      return { ok: false, failure: { kind: "not-a-feed", detail: "neither JSON nor XML" } };
  }
}
