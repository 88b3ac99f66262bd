import { useMemo } from "react";
import type { ViewItem } from "../../lib/feed";
import { useSanitizer } from "./sanitizer";

const muted = "text-ink-muted dark:text-ink-muted-dark";

// Without "<" or "&" a string means the same as HTML and as text: no sanitiser needed to show it.
const MARKUP = /[<&]/;

/** An update's text: its HTML sanitised (the sanitiser loads on first need), else its plain text. */
export function ItemBody({ item }: { item: ViewItem }) {
  const html = item.contentHtml;
  const needsSanitizer = html !== null && MARKUP.test(html);
  const sanitize = useSanitizer(needsSanitizer);
  const safe = useMemo(() => {
    if (!needsSanitizer || sanitize === null) return null;
    const result = sanitize(html);
    return result !== null && result.trim() !== "" ? result : null;
  }, [html, needsSanitizer, sanitize]);

  if (html !== null && !needsSanitizer) return <p className="mt-2 text-sm leading-relaxed">{html}</p>;
  if (needsSanitizer && sanitize === null) return <p className={`mt-2 text-sm ${muted}`}>Loading…</p>;
  if (safe !== null) {
    return (
      <div
        className="mt-2 space-y-2 text-sm leading-relaxed [&_a]:text-accent [&_a]:underline dark:[&_a]:text-accent-dark [&_blockquote]:border-l-2 [&_blockquote]:border-rule [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5"
        // Filtered by js-xss, then DOMPurify, to an allow-list of text tags and http(s)-only links.
        dangerouslySetInnerHTML={{ __html: safe }}
      />
    );
  }
  if (item.contentText !== null) {
    return item.contentText.split(/\n\s*\n/).map((paragraph, index) => (
      <p key={index} className="mt-2 text-sm leading-relaxed whitespace-pre-line">
        {paragraph}
      </p>
    ));
  }
  return <p className={`mt-2 text-sm ${muted}`}>This update has no text that can be shown safely.</p>;
}
