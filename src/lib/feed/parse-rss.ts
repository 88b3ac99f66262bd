// RSS in all its versions: 0.9x and 2.0 (`<rss>`, in no namespace or, rarely, one of its own) and the RDF-based 0.90
// and 1.0 (`<rdf:RDF>`, items beside the channel). Each version's elements are read in the namespace of the
// element holding them, so one reader serves all; the common modules (content, Dublin Core, iTunes, Media RSS) fill
// what the core leaves out.
import type { XmlElement } from "@rgrove/parse-xml";
import { collectItems, feedTitle, nonBlank, type RawFields } from "./collect-items";
import { keyEventIn } from "./key-event";
import { htmlToText } from "./plain-text";
import { onlyDate } from "./rfc822";
import { httpUrlOrNull } from "./safe-url";
import type { ParseResult } from "./types";
import {
  baseOf,
  childElements,
  childNamed,
  childrenNamed,
  childText,
  firstText,
  innerMarkup,
  mediaDescription,
  localName,
  namespaceOf,
  NS,
} from "./xml-tree";

/** The item's HTML: its full content where a module gives it, else its description or summary. */
function itemHtml(item: XmlElement, own: string): string | null {
  const encoded = firstText(item, [NS.content, "encoded"], [own, "fullitem"]);
  if (encoded !== null) return encoded;
  // XHTML's <body>, or the same without its namespace, as some feeds write it.
  const body = childNamed(item, NS.xhtml, "body") ?? childNamed(item, own, "body");
  if (body !== null && nonBlank(body.text) !== null) return innerMarkup(body);
  return (
    firstText(
      item,
      [own, "description"],
      [NS.dc, "description"],
      [NS.itunes, "summary"],
      [NS.itunesCapitals, "summary"],
    ) ?? mediaDescription(item)
  );
}

/** The permalink: `link`, else a `guid` that is a URL and not marked otherwise (RSS 2.0's `isPermaLink`). */
function itemLink(item: XmlElement, own: string, base: string | null): string | null {
  const link = httpUrlOrNull(childText(item, own, "link") ?? undefined, base);
  if (link !== null) return link;
  const guid = childNamed(item, own, "guid");
  if (guid === null || guid.attributes.isPermaLink?.trim().toLowerCase() === "false") return null;
  return httpUrlOrNull(guid.text, base);
}

function readItem(item: XmlElement, feedUrl: string | null): RawFields {
  const own = namespaceOf(item);
  const base = baseOf(item, feedUrl);
  const url = itemLink(item, own, base);
  const title = firstText(item, [own, "title"], [NS.dc, "title"], [NS.media, "title"]);
  const modified = onlyDate(item, [NS.dcterms, "modified"]);
  return {
    // RSS 1.0 names its items by `rdf:about`; RSS 2.0 by `guid` (optional: collect-items.ts makes one without).
    id: firstText(item, [own, "guid"]) ?? nonBlank(item.attributes["rdf:about"]),
    // RSS titles are escaped HTML as often as not: shown as the text they mean.
    title: title === null ? null : htmlToText(title),
    html: itemHtml(item, own),
    text: null,
    url,
    base,
    published: onlyDate(
      item,
      [own, "pubDate"],
      [NS.dc, "date"],
      [NS.dcterms, "issued"],
      [NS.dcterms, "created"],
    ),
    modified,
    key: keyEventIn(childrenNamed(item, own, "category").map((c) => c.text)),
  };
}

/** An `<rss>` document (0.9x, 2.0) or an `<rdf:RDF>` one (0.90, 1.0), read against the feed's URL. */
export function parseRss(root: XmlElement, feedUrl: string | null): ParseResult {
  // Its channel is in its own namespace, which for RSS 1.0 and 0.90 is not the root's (rdf:RDF). A few feeds put
  // their items straight in <rss>: then the root stands for the channel.
  const channel =
    childElements(root).find((child) => localName(child) === "channel") ??
    (childElements(root).some((child) => localName(child) === "item") ? root : undefined);
  if (channel === undefined) {
    return { ok: false, failure: { kind: "schema", format: "rss", detail: "channel is missing" } };
  }
  const own = namespaceOf(channel);
  // RSS 1.0 and 0.90 put items beside the channel; a few such feeds put them inside it, as 2.0 does.
  const beside = namespaceOf(root) === NS.rdf ? childrenNamed(root, own, "item") : [];
  const items = [...childrenNamed(channel, own, "item"), ...beside];
  const { items: read, dropped } = collectItems(items, (item) => readItem(item, feedUrl));
  const title = firstText(channel, [own, "title"], [NS.dc, "title"]);
  const description = firstText(channel, [own, "description"], [NS.dc, "description"]);
  return {
    ok: true,
    feed: {
      format: "rss",
      title: feedTitle(title === null ? null : htmlToText(title), feedUrl),
      description: description === null ? null : nonBlank(htmlToText(description)),
      items: read,
      dropped,
    },
  };
}
