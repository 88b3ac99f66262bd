import type { XmlCdata, XmlElement, XmlNode, XmlText } from "@rgrove/parse-xml";

/** Namespaces the feed parsers read. RSS 2.0's own elements have none. */
export const NS = {
  none: "",
  atom: "http://www.w3.org/2005/Atom",
  content: "http://purl.org/rss/1.0/modules/content/",
  dc: "http://purl.org/dc/elements/1.1/",
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
