// A title or description written as HTML, as the plain text a reader should see: RSS titles are often escaped HTML
// ("&amp;quot;counteroffensive&amp;quot;", a CDATA "<b>agree</b>"), and Atom's `html` and `xhtml` titles are
// markup by definition. The panel shows titles as text, never as markup, so nothing here is ever parsed as HTML
// by a browser. In the XML parser's chunk only: JSON Feed titles are plain text by the format's own rules.
import { decodeHTML } from "entities/decode";

// Elements whose content is code or styling, never words to show.
const HIDDEN = /<(script|style|template|noscript|iframe|object|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// In HTML a "<" opens a tag or comment only before a letter, "/", "!" or "?"; elsewhere it is text ("1 < 2").
const TAG = /<!--[\s\S]*?-->|<(?:\/?([a-z][\w-]*)|[!?/])[^>]*>/gi;
// Tags that end a line or a block: they part words ("One<br>Two"), where inline ones do not ("<b>Kyi</b>v").
const BREAKS = /^(?:br|p|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|hr)$/i;

/** `html`'s text: tags and hidden elements gone, character references decoded, white space collapsed. */
export function htmlToText(html: string): string {
  const text = html
    .replace(HIDDEN, " ")
    .replace(TAG, (_, name: string | undefined) => (name !== undefined && BREAKS.test(name) ? " " : ""));
  return collapseSpace(decodeHTML(text));
}

/** Plain text with its white space collapsed as HTML does (ASCII white space; a no-break space stays). */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, " ").replace(/^ | $/g, "");
}
