import { parseJsonFeedText } from "./parse-json-feed";
import { parseXmlFeed } from "./parse-xml-feed";
import { sniffBody } from "./sniff-format";
import type { ParseResult } from "./types";

/**
 * Any feed body, of any format, told apart by its content: JSON Feed, RSS 2.0 or Atom 1.0. Synchronous, for Node
 * (`npm run feed:pull`) and tests; the browser loads the XML half only when a body is XML (see the briefing's fetcher).
 */
export function parseFeedText(text: string): ParseResult {
  switch (sniffBody(text)) {
    case "json":
      return parseJsonFeedText(text);
    case "xml":
      return parseXmlFeed(text);
    case "html":
      return { ok: false, failure: { kind: "not-a-feed", detail: "an HTML page" } };
    case "unknown":
      return { ok: false, failure: { kind: "not-a-feed", detail: "neither JSON nor XML" } };
  }
}
