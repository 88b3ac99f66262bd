import { parseJsonFeedText } from "../../../lib/feed/parse-json-feed";
import { sniffBody } from "../../../lib/feed/sniff-format";
import type { ParseResult } from "../../../lib/feed/types";

/** A body of any supported format parsed; the XML parser is fetched only the first time a body is XML. */
export async function parseBody(text: string): Promise<ParseResult> {
  switch (sniffBody(text)) {
    case "json":
      return parseJsonFeedText(text);
    case "xml":
      return (await import("../../../lib/feed/parse-xml-feed")).parseXmlFeed(text);
    case "html":
      return { ok: false, failure: { kind: "not-a-feed", detail: "an HTML page" } };
    case "unknown":
      return { ok: false, failure: { kind: "not-a-feed", detail: "neither JSON nor XML" } };
  }
}
