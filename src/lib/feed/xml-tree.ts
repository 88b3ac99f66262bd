import type { XmlCdata, XmlElement, XmlNode, XmlText } from "@rgrove/parse-xml";

/**
 * Namespaces the feed parsers read beside a format's own. RSS 2.0's own elements have none, RSS 1.0's and RSS 0.90's
 * are their own, Atom 0.3's too: each format's elements are read in the namespace of the element that holds them.
 */
export const NS = {
  none: "",
  atom: "http://www.w3.org/2005/Atom",
  content: "http://purl.org/rss/1.0/modules/content/",
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
  itunes: "http://www.itunes.com/dtds/podcast-1.0.dtd",
  // Apple's own examples long spelled it so, and feeds copied them.
  itunesCapitals: "http://www.itunes.com/DTDs/Podcast-1.0.dtd",
  media: "http://search.yahoo.com/mrss/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xhtml: "http://www.w3.org/1999/xhtml",
} as const;

function isElement(node: XmlNode): node is XmlElement {
  return node.type === "element";
}

/** The name without its prefix: `content:encoded` → `encoded`. */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

/** The namespace URI of an element, from the `xmlns` declarations in scope (parse-xml leaves prefixes as written). */
export function namespaceOf(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  const attribute = colon === -1 ? "xmlns" : `xmlns:${element.name.slice(0, colon)}`;
  for (let node: XmlNode | null = element; node !== null; node = node.parent) {
    if (isElement(node) && attribute in node.attributes) return node.attributes[attribute] ?? "";
  }
  return "";
}

/** The child elements, in document order. */
export function childElements(parent: XmlElement): XmlElement[] {
  return parent.children.filter(isElement);
}

/** The child elements named `name` in namespace `ns`, in document order. */
export function childrenNamed(parent: XmlElement, ns: string, name: string): XmlElement[] {
  return parent.children.filter(
    (node): node is XmlElement => isElement(node) && localName(node) === name && namespaceOf(node) === ns,
  );
}

/** The first child element named `name` in `ns`, or `null`. */
export function childNamed(parent: XmlElement, ns: string, name: string): XmlElement | null {
  return childrenNamed(parent, ns, name)[0] ?? null;
}

/** The text of the first such child (CDATA included, entities decoded), or `null` when there is none. */
export function childText(parent: XmlElement, ns: string, name: string): string | null {
  return childNamed(parent, ns, name)?.text ?? null;
}

/** An element's text, or its markup when it holds elements ("naked" HTML, not escaped, as some feeds write it). */
export function textOrMarkup(element: XmlElement): string {
  return element.children.some(isElement) ? innerMarkup(element) : element.text;
}

/**
 * The first of `[ns, name]` that `parent` has a child for with something in it, as its text (or markup, when it
 * holds elements); else `null`.
 */
export function firstText(parent: XmlElement, ...names: [string, string][]): string | null {
  for (const [ns, name] of names) {
    const child = childNamed(parent, ns, name);
    const text = child === null ? null : textOrMarkup(child);
    if (text !== null && text.trim() !== "") return text;
  }
  return null;
}

/** Media RSS's description of an item or entry, or of its `media:group`: a podcast's or video's only text. */
export function mediaDescription(item: XmlElement): string | null {
  const group = childNamed(item, NS.media, "group");
  return (
    firstText(item, [NS.media, "description"]) ??
    (group === null ? null : firstText(group, [NS.media, "description"]))
  );
}

/**
 * The URL relative references in `element` are resolved against: its `xml:base` and its ancestors', each resolved
 * against the one above, starting from the feed's own URL (`feedUrl`, or `null` when it is not known).
 */
export function baseOf(element: XmlElement, feedUrl: string | null): string | null {
  const parent = element.parent;
  const above = parent !== null && isElement(parent) ? baseOf(parent, feedUrl) : feedUrl;
  const own = element.attributes["xml:base"];
  if (own === undefined) return above;
  try {
    return new URL(own.trim(), above ?? undefined).href;
  } catch {
    return above;
  }
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => escapes[c] ?? c);
}

/** Markup of an element's children as HTML (for Atom's inline xhtml content, which is sanitised later like any). */
export function innerMarkup(element: XmlElement): string {
  return element.children
    .map((node) => {
      if (isElement(node)) {
        const attributes = Object.entries(node.attributes)
          .filter(([name]) => !name.startsWith("xmlns"))
          .map(([name, value]) => ` ${name}="${escape(value)}"`)
          .join("");
        return `<${localName(node)}${attributes}>${innerMarkup(node)}</${localName(node)}>`;
      }
      return node.type === "text" || node.type === "cdata" ? escape((node as XmlText | XmlCdata).text) : "";
    })
    .join("");
}
