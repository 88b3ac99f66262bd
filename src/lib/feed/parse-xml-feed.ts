// RSS 2.0 and Atom 1.0, read into the same item model as JSON Feed. Loaded only when a feed body is XML: the XML
// parser (@rgrove/parse-xml: strict XML 1.0, no DOM, ~5 kB gzip) stays out of the page for JSON feeds.
import { parseXml, XmlError, type XmlElement } from "@rgrove/parse-xml";
import { collectItems, nonBlank, type RawFields } from "./collect-items";
import { parseRfc3339 } from "./dates";
import { parseRfc822 } from "./rfc822";
import { KEY_EVENT_TAG } from "./parse-json-feed";
import type { FeedFormat, ParseResult } from "./types";
import { childNamed, childrenNamed, childText, innerMarkup, localName, namespaceOf, NS } from "./xml-tree";

function schemaFailure(format: FeedFormat, detail: string): ParseResult {
  return { ok: false, failure: { kind: "schema", format, detail } };
}

function isKeyEvent(categories: readonly string[]): boolean {
  return categories.some((category) => category.trim().toLowerCase() === KEY_EVENT_TAG);
}

function readRssItem(item: XmlElement): RawFields {
  const link = childText(item, NS.none, "link");
  return {
    // RSS makes `guid` optional; without one, the permalink is the item's identity.
    id: nonBlank(childText(item, NS.none, "guid")) ?? link,
    title: childText(item, NS.none, "title"),
    html: nonBlank(childText(item, NS.content, "encoded")) ?? childText(item, NS.none, "description"),
    text: null,
    url: link?.trim() ?? null,
    published:
      parseRfc822(childText(item, NS.none, "pubDate")) ??
      parseRfc3339(childText(item, NS.dc, "date")?.trim()),
    modified: null,
    key: isKeyEvent(childrenNamed(item, NS.none, "category").map((c) => c.text)),
  };
}

function parseRss(root: XmlElement): ParseResult {
  const channel = childNamed(root, NS.none, "channel");
  if (channel === null) return schemaFailure("rss", "channel is missing");
  const title = nonBlank(childText(channel, NS.none, "title"));
  if (title === null) return schemaFailure("rss", "channel title is missing");
  const { items, dropped } = collectItems(childrenNamed(channel, NS.none, "item"), readRssItem);
  const description = nonBlank(childText(channel, NS.none, "description"))?.trim() ?? null;
  return { ok: true, feed: { format: "rss", title: title.trim(), description, items, dropped } };
}

const basicEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** An Atom text construct as plain text: `html` titles lose their tags (a title is shown as text, never markup). */
function atomText(element: XmlElement | null): string | null {
  if (element === null) return null;
  if (element.attributes.type !== "html") return element.text;
  return element.text
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => basicEntities[name] ?? "");
}

/** An Atom content or summary element as HTML or text, by its `type`; out-of-line (`src`) content is skipped. */
function atomContent(element: XmlElement | null): { html: string | null; text: string | null } {
  if (element === null || "src" in element.attributes) return { html: null, text: null };
  const type = element.attributes.type ?? "text";
  if (type === "html") return { html: element.text, text: null };
  if (type === "xhtml") {
    const div = childNamed(element, "http://www.w3.org/1999/xhtml", "div");
    return { html: div === null ? null : innerMarkup(div), text: null };
  }
  return { html: null, text: element.text };
}

function readAtomEntry(entry: XmlElement): RawFields {
  const content = atomContent(childNamed(entry, NS.atom, "content"));
  const hasContent = nonBlank(content.html) !== null || nonBlank(content.text) !== null;
  const body = hasContent ? content : atomContent(childNamed(entry, NS.atom, "summary"));
  const alternate = childrenNamed(entry, NS.atom, "link").find(
    (link) => (link.attributes.rel ?? "alternate") === "alternate",
  );
  const published = parseRfc3339(childText(entry, NS.atom, "published")?.trim());
  const updated = parseRfc3339(childText(entry, NS.atom, "updated")?.trim());
  return {
    id: childText(entry, NS.atom, "id"),
    title: atomText(childNamed(entry, NS.atom, "title")),
    html: body.html,
    text: body.text,
    url: alternate?.attributes.href ?? null,
    // Atom requires `updated` and makes `published` optional: an entry with only `updated` was published then.
    published: published ?? updated,
    modified: published !== null ? updated : null,
    key: isKeyEvent(childrenNamed(entry, NS.atom, "category").map((c) => c.attributes.term ?? "")),
  };
}

function parseAtom(root: XmlElement): ParseResult {
  const title = nonBlank(atomText(childNamed(root, NS.atom, "title")));
  if (title === null) return schemaFailure("atom", "title is missing");
  const { items, dropped } = collectItems(childrenNamed(root, NS.atom, "entry"), readAtomEntry);
  const description = nonBlank(atomText(childNamed(root, NS.atom, "subtitle")))?.trim() ?? null;
  return { ok: true, feed: { format: "atom", title: title.trim(), description, items, dropped } };
}

/** Parses an XML feed body: RSS 2.0 (`<rss>`) or Atom 1.0 (`<feed>` in the Atom namespace). Never throws. */
export function parseXmlFeed(text: string): ParseResult {
  let root: XmlElement | null;
  try {
    // HTML entities such as &nbsp; are undefined in XML; left as written, they still work inside HTML content.
    // Servers often send a newline or a byte-order mark before `<?xml …?>`, which XML itself does not allow.
    root = parseXml(text.trimStart(), { ignoreUndefinedEntities: true }).root;
  } catch (error) {
    const detail = error instanceof XmlError ? (error.message.split("\n")[0] ?? "") : String(error);
    return { ok: false, failure: { kind: "bad-xml", detail } };
  }
  if (root === null) return { ok: false, failure: { kind: "bad-xml", detail: "no root element" } };
  const name = localName(root);
  if (name === "rss" && namespaceOf(root) === NS.none) return parseRss(root);
  if (name === "feed" && namespaceOf(root) === NS.atom) return parseAtom(root);
  return {
    ok: false,
    failure: { kind: "not-a-feed", detail: `an XML document whose root is <${root.name}>` },
  };
}
