import { useMemo, type Ref } from "react";
import type { ViewItem } from "../../lib/feed";
import { sanitizeFeedHtml } from "./sanitize-content";
import { Timestamp } from "./Timestamp";

interface BriefingItemProps {
  item: ViewItem;
  /** The shared ticking clock (use-now.ts). */
  now: number | null;
  /** Receives the list item, so revealing new updates can move focus to the newest. */
  ref?: Ref<HTMLLIElement>;
}

const muted = "text-ink-muted dark:text-ink-muted-dark";

/** Sanitised HTML with some text left, else `null` (the caller falls back to `content_text`). */
function useSafeHtml(html: string | null): string | null {
  return useMemo(() => {
    if (html === null) return null;
    const safe = sanitizeFeedHtml(html);
    return safe !== null && safe.trim() !== "" ? safe : null;
  }, [html]);
}

/** One update as a list item (not an `<article>`: the page's one article is the interview): heading, times, text. */
export function BriefingItem({ item, now, ref }: BriefingItemProps) {
  const html = useSafeHtml(item.contentHtml);
  const title = item.title ?? "Update";
  const updated =
    item.modified !== null && (item.revised || (item.published !== null && item.modified > item.published));
  return (
    <li
      ref={ref}
      tabIndex={-1}
      className="rounded-sm py-3 focus:outline-2 focus:outline-offset-2 focus:outline-accent dark:focus:outline-accent-dark"
    >
      <h3 className="font-sans text-base leading-snug font-semibold">{title}</h3>
      <p className={`mt-1 font-sans text-xs ${muted}`}>
        {item.published !== null ? <Timestamp ms={item.published} now={now} /> : "Undated"}
        {updated && (
          <>
            {" · "}
            <strong className="font-semibold text-ink dark:text-ink-dark">Updated</strong>{" "}
            <Timestamp ms={item.modified ?? 0} now={now} />
          </>
        )}
      </p>
      {html !== null ? (
        <div
          className="mt-2 space-y-2 text-sm leading-relaxed [&_a]:text-accent [&_a]:underline dark:[&_a]:text-accent-dark [&_blockquote]:border-l-2 [&_blockquote]:border-rule [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5"
          // Sanitised by DOMPurify with an allow-list of text tags and http(s)-only links.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : item.contentText !== null ? (
        item.contentText.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index} className="mt-2 text-sm leading-relaxed whitespace-pre-line">
            {paragraph}
          </p>
        ))
      ) : (
        <p className={`mt-2 text-sm ${muted}`}>This update has no text that can be shown safely.</p>
      )}
      {item.url !== null && (
        <p className="mt-2 font-sans text-sm">
          <a
            href={item.url}
            rel="noopener noreferrer"
            className="text-accent underline pointer-coarse:inline-flex pointer-coarse:min-h-11 pointer-coarse:items-center dark:text-accent-dark"
          >
            Read the full update<span className="sr-only">: {title}</span>
          </a>
        </p>
      )}
    </li>
  );
}
