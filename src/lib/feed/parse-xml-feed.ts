// RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0), read into the same item model as JSON Feed. Loaded only when a feed
// body is XML: the XML parser (@rgrove/parse-xml: strict XML 1.0, no DOM, ~5 kB gzip) and the HTML entity table
// titles need stay out of the page for JSON feeds.
import { parseXml, XmlError, type XmlElement } from "@rgrove/parse-xml";
import { parseAtom } from "./parse-atom";
import { parseRss } from "./parse-rss";
import type { ParseResult } from "./types";
import { localName, namespaceOf, NS } from "./xml-tree";

/**
 * Parses an XML feed body: `<rss>` (RSS 0.9x, 2.0), `<rdf:RDF>` (RSS 0.90, 1.0) or `<feed>` (Atom 1.0, else 0.3).
 * `feedUrl` is where it was fetched from: relative links are resolved against it, and a feed without a title is
 * named by its host. Never throws.
 */
export function parseXmlFeed(text: string, feedUrl: string | null = null): ParseResult {
  let root: XmlElement | null;
  try {
    // HTML entities such as &nbsp; are undefined in XML; left as written, they still work inside HTML content.
    // Servers often send a newline or a byte-order mark before `<?xml …?>`, which XML itself does not allow.
    root = parseXml(text.replace(/^\uFEFF/, "").trimStart(), { ignoreUndefinedEntities: true }).root;
  } catch (error) {
    const detail = error instanceof XmlError ? (error.message.split("\n")[0] ?? "") : String(error);
    return { ok: false, failure: { kind: "bad-xml", detail } };
  }
  if (root === null) return { ok: false, failure: { kind: "bad-xml", detail: "no root element" } };
  const name = localName(root);
  if (name === "rss" || (name === "RDF" && namespaceOf(root) === NS.rdf)) return parseRss(root, feedUrl);
  if (name === "feed") return parseAtom(root, feedUrl);
  return {
    ok: false,
    failure: { kind: "not-a-feed", detail: `an XML document whose root is <${root.name}>` },
  };
}
