import { parseSniffed } from "./parse-sniffed";
import { parseXmlFeed } from "./parse-xml-feed";
import type { ParseResult } from "./types";

/**
 * Any feed body, of any format, told apart by its content: JSON Feed, RSS or Atom; `feedUrl` is where it came from.
 * Synchronous, for Node (`npm run feed:pull`) and tests; the browser loads the XML half only when a body is XML (see
 * the briefing's parse-body.ts).
 */
export function parseFeedText(text: string, feedUrl: string | null = null): ParseResult {
  return parseSniffed(text, parseXmlFeed, feedUrl);
}
