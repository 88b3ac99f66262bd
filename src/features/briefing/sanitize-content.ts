import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from "dompurify";
import { FEED_HTML_TAGS, stripMarkup } from "../../lib/feed/strip-markup";

// Feed HTML may only use a few text-level tags and http(s) links: no scripts, styles, images (they would load
// from anywhere), forms, frames, headings (they would break the page outline) or event-handler attributes.
const config: Config = {
  ALLOWED_TAGS: [...FEED_HTML_TAGS],
  ALLOWED_ATTR: ["href"],
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  KEEP_CONTENT: true,
};

const purifiers = new WeakMap<WindowLike, DOMPurify>();

function purifierFor(win: WindowLike): DOMPurify {
  let purifier = purifiers.get(win);
  if (purifier === undefined) {
    purifier = createDOMPurify(win);
    // Without a DOM, DOMPurify is a stub with no hooks; `sanitizeFeedHtml` refuses to use it.
    if (purifier.isSupported) {
      purifier.addHook("afterSanitizeAttributes", (node) => {
        // Links leave the page in a new context: no referrer, no access back to this window.
        if (node.nodeName === "A" && node.hasAttribute("href"))
          node.setAttribute("rel", "noopener noreferrer");
      });
    }
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Feed HTML made safe to insert, or `null` when no sanitiser can run here (never the raw HTML: DOMPurify returns
 * its input unchanged when it lacks a DOM). The string filter runs first, so the browser never parses an event
 * handler (each would be reported as a CSP violation), and resolves relative links against `base` (the item's
 * `contentBase`); DOMPurify, on the browser's own parse, is the guarantee.
 */
export function sanitizeFeedHtml(
  html: string,
  base: string | null = null,
  // `globalThis`, not `window`: while prerendering in Node there is no `window`, and DOMPurify reports unsupported.
  win: WindowLike = globalThis,
): string | null {
  const purifier = purifierFor(win);
  if (!purifier.isSupported) return null;
  return purifier.sanitize(stripMarkup(html, base), config);
}
