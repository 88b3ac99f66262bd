// Atom 1.0 and its predecessor 0.3 (and 0.3's draft namespaces): each version's elements are read in the namespace
// of the element holding them. Text constructs (titles, content, summaries) are read by their `type`, and 0.3's
// `mode`; relative links against `xml:base` and the feed's URL.
import type { XmlElement } from "@rgrove/parse-xml";
import { collectItems, feedTitle, nonBlank, type RawFields } from "./collect-items";
import { keyEventIn } from "./key-event";
import { htmlToText } from "./plain-text";
import { onlyDate } from "./rfc822";
import { httpUrlOrNull } from "./safe-url";
import type { ParseResult } from "./types";
import {
  baseOf,
  childNamed,
  childrenNamed,
  childText,
  innerMarkup,
  mediaDescription,
  namespaceOf,
  NS,
} from "./xml-tree";

/** A text construct's value, as HTML or as plain text; both `null` when absent or not something to show. */
interface Construct {
  html: string | null;
  text: string | null;
}

const NOTHING: Construct = { html: null, text: null };

/** Base64 (Atom 0.3's `mode="base64"`) as UTF-8 text, or `null` when it is not base64 or not UTF-8. */
function fromBase64(value: string): string | null {
  try {
    const bytes = Uint8Array.from(atob(value.replace(/\s+/g, "")), (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** How a construct's `type` says to read it: 1.0's text/html/xhtml, or (0.3, and 1.0's content) a media type. */
function kindOf(type: string): "text" | "html" | "xml" | "other" {
  if (type === "text" || type === "text/plain") return "text";
  if (type === "html" || type === "text/html") return "html";
  if (type === "xhtml" || /[/+]xml$/.test(type)) return "xml";
  return type.startsWith("text/") ? "text" : "other";
}

/**
 * A text construct (title, subtitle, summary, content) as HTML or text. Out-of-line content (`src`) has no text to
 * show. Markup inside an element said to hold text is read as the markup it is; base64 (0.3's `mode`, and 1.0's
 * rule for other media types) is shown only when it decodes to UTF-8 text, and then, being of no known type, as
 * HTML: sanitised like any.
 */
function construct(element: XmlElement | null, v03: boolean): Construct {
  if (element === null || "src" in element.attributes) return NOTHING;
  const naked = element.children.some((node) => node.type === "element");
  const declared = kindOf(
    (element.attributes.type ?? "").trim().toLowerCase() || (v03 ? "text/plain" : "text"),
  );
  const kind = declared === "text" && naked ? "xml" : declared;
  const mode = (element.attributes.mode ?? "").trim().toLowerCase() || (kind === "other" ? "base64" : "xml");
  let value: string | null;
  if (mode === "base64") value = fromBase64(element.text);
  else if (kind === "other") return NOTHING;
  else if (kind === "xml" || (kind === "html" && mode === "xml" && naked)) {
    // Inline markup: 1.0's xhtml is wrapped in one xhtml div, which is not part of the content.
    const div = childNamed(element, NS.xhtml, "div");
    const only = element.children.filter(
      (node) => node.type !== "text" || nonBlank((node as { text: string }).text),
    );
    value = innerMarkup(div !== null && only.length === 1 ? div : element);
  } else value = element.text;
  return kind === "text" ? { html: null, text: value } : { html: value, text: null };
}

/** A construct shown as a title: plain text, markup resolved. */
function titleOf(element: XmlElement | null, v03: boolean): string | null {
  const { html, text } = construct(element, v03);
  return html !== null ? htmlToText(html) : text;
}

/** A link's address: its `href`, or (Atom's early drafts) its text. */
const address = (link: XmlElement) => nonBlank(link.attributes.href) ?? nonBlank(link.text);

/** The entry's permalink: its first alternate link (the default `rel`) with an address, else any with one. */
function entryLink(entry: XmlElement, own: string, feedUrl: string | null): string | null {
  const links = childrenNamed(entry, own, "link").filter((link) => address(link) !== null);
  const link = links.find((l) => (l.attributes.rel ?? "alternate").trim() === "alternate") ?? links[0];
  return link === undefined ? null : httpUrlOrNull(address(link) ?? undefined, baseOf(link, feedUrl));
}

function readEntry(entry: XmlElement, v03: boolean, feedUrl: string | null): RawFields {
  const own = namespaceOf(entry);
  const contentElement = childNamed(entry, own, "content");
  const content = construct(contentElement, v03);
  const hasContent = nonBlank(content.html) !== null || nonBlank(content.text) !== null;
  const bodyElement = hasContent ? contentElement : childNamed(entry, own, "summary");
  const summary = hasContent ? content : construct(bodyElement, v03);
  // A podcast's or a video's entry may have no text but its Media RSS description.
  const media = summary.html === null && summary.text === null ? mediaDescription(entry) : null;
  const body = media === null ? summary : { html: media, text: null };
  const date = (...names: string[]) => onlyDate(entry, ...names.map((name): [string, string] => [own, name]));
  const url = entryLink(entry, own, feedUrl);
  return {
    id: childText(entry, own, "id"),
    title: titleOf(childNamed(entry, own, "title"), v03),
    html: body.html,
    text: body.text,
    url,
    base: baseOf(bodyElement ?? entry, feedUrl),
    // Atom 1.0 requires `updated` and makes `published` optional; 0.3 had `issued`, `created` and `modified`.
    published: date("published", "issued", "created"),
    modified: date("updated", "modified"),
    key: keyEventIn(childrenNamed(entry, own, "category").map((c) => c.attributes.term ?? c.text)),
  };
}

/** A `<feed>` document: Atom 1.0 in its namespace, else read as Atom 0.3 (whose drafts used several). */
export function parseAtom(root: XmlElement, feedUrl: string | null): ParseResult {
  const own = namespaceOf(root);
  const v03 = own !== NS.atom;
  const { items, dropped } = collectItems(childrenNamed(root, own, "entry"), (entry) =>
    readEntry(entry, v03, feedUrl),
  );
  const subtitle = titleOf(childNamed(root, own, "subtitle") ?? childNamed(root, own, "tagline"), v03);
  return {
    ok: true,
    feed: {
      format: "atom",
      title: feedTitle(titleOf(childNamed(root, own, "title"), v03), feedUrl),
      description: nonBlank(subtitle)?.trim() ?? null,
      items,
      dropped,
    },
  };
}
