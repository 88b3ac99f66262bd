import { parseSniffed } from "../../../lib/feed/parse-sniffed";
import type { ParseResult } from "../../../lib/feed/types";

/**
 * A body of any supported format, fetched from `feedUrl`, parsed; the XML parser is fetched only the first time a
 * body is XML.
 */
export async function parseBody(text: string, feedUrl: string | null): Promise<ParseResult> {
  return parseSniffed(
    text,
    async (xml, url) => (await import("../../../lib/feed/parse-xml-feed")).parseXmlFeed(xml, url),
    feedUrl,
  );
}
