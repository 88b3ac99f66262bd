// Feed HTML cut down to a few text tags before any browser parses it. A browser reports every inline event handler
// it parses (a CSP violation for each `onerror=`, even in an inert document), so the handlers must be gone while
// the HTML is still a string: js-xss filters by allow-list without a DOM. DOMPurify then checks the result in the
// browser (src/features/briefing/sanitize-content.ts), the guarantee against markup that parses differently there.
import { escapeAttrValue, FilterXSS, friendlyAttrValue } from "xss";

/** The tags feed HTML may keep: text-level markup and links; no headings, images, media, forms or frames. */
export const FEED_HTML_TAGS = [
  "p",
  "br",
  "a",
  "strong",
  "b",
  "em",
  "i",
  "ul",
  "ol",
  "li",
  "blockquote",
  "q",
  "cite",
  "code",
] as const;

// Tags whose content is code or another document, never text to show.
const DROPPED_WITH_CONTENT = [
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
];

const filter = new FilterXSS({
  whiteList: Object.fromEntries(FEED_HTML_TAGS.map((tag) => [tag, tag === "a" ? ["href"] : []])),
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROPPED_WITH_CONTENT,
  allowCommentTag: false,
  css: false,
  // Only `href`, and only to an absolute http(s) address, decoded first so `java&#x09;script:` cannot pass.
  onTagAttr(tag, name, value) {
    if (tag !== "a" || name !== "href") return "";
    const url = friendlyAttrValue(value).trim();
    return /^https?:\/\//i.test(url) ? `href="${escapeAttrValue(value)}"` : "";
  },
});

/** `html` with only the allowed tags, no attribute but http(s) `href`, and no script, style or frame content. */
export function stripMarkup(html: string): string {
  // In HTML a "<" opens a tag only before a letter, "/", "!" or "?"; elsewhere it is text ("1 < 2"), which js-xss
  // would otherwise take for a tag and drop.
  return filter.process(html.replace(/<(?![a-z/!?])/gi, "&lt;"));
}
