// Feed HTML cut down to a few text tags before any browser parses it. A browser reports every inline event handler
// it parses (a CSP violation for each `onerror=`, even in an inert document), so the handlers must be gone while
// the HTML is still a string: js-xss filters by allow-list without a DOM. DOMPurify then checks the result in the
// browser (src/features/briefing/sanitize-content.ts), the guarantee against markup that parses differently there.
import { escapeAttrValue, FilterXSS, friendlyAttrValue, type IFilterXSSOptions } from "xss";
import { httpUrlOrNull } from "./safe-url";

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

const options: IFilterXSSOptions = {
  whiteList: Object.fromEntries(FEED_HTML_TAGS.map((tag) => [tag, tag === "a" ? ["href"] : []])),
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROPPED_WITH_CONTENT,
  allowCommentTag: false,
  css: false,
};

// One filter per base (a feed has one or a few): js-xss takes its attribute rule at construction.
const filters = new Map<string, FilterXSS>();

function filterFor(base: string | null): FilterXSS {
  const key = base ?? "";
  let filter = filters.get(key);
  if (filter === undefined) {
    filter = new FilterXSS({
      ...options,
      // Only `href`, and only to an http(s) address (a relative one resolved against `base`), decoded first so
      // `java&#x09;script:` cannot pass.
      onTagAttr(tag, name, value) {
        if (tag !== "a" || name !== "href") return "";
        const url = httpUrlOrNull(friendlyAttrValue(value), base);
        return url === null ? "" : `href="${escapeAttrValue(url)}"`;
      },
    });
    if (filters.size > 20) filters.clear();
    filters.set(key, filter);
  }
  return filter;
}

/**
 * `html` with only the allowed tags, no attribute but http(s) `href`, and no script, style or frame content.
 * Relative links are resolved against `base` (the item's `contentBase`); without one they are dropped.
 */
export function stripMarkup(html: string, base: string | null = null): string {
  // In HTML a "<" opens a tag only before a letter, "/", "!" or "?"; elsewhere it is text ("1 < 2"), which js-xss
  // would otherwise take for a tag and drop.
  return filterFor(base).process(html.replace(/<(?![a-z/!?])/gi, "&lt;"));
}
