import { useId, useMemo, useRef } from "react";
import { flushSync } from "react-dom";
import type { ViewItem } from "../../lib/feed";
import {
  EXCERPT_CHARS,
  htmlParts,
  LONG_ITEM_CHARS,
  PART_CHARS,
  shownLength,
  textParts,
} from "../../lib/feed/pages";
import { ReadMore } from "./ReadMore";
import { useSanitizer } from "./sanitizer";

const muted = "text-ink-muted dark:text-ink-muted-dark";
const htmlClasses =
  "space-y-2 [&_a]:text-accent [&_a]:underline dark:[&_a]:text-accent-dark [&_blockquote]:border-l-2 [&_blockquote]:border-rule [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5";

// Without "<" or "&" a string means the same as HTML and as text: no sanitiser needed to show it.
const MARKUP = /[<&]/;

interface ItemBodyProps {
  item: ViewItem;
  /** The part of a long item being read (from 0), or `null` while it is shortened in the list. */
  part: number | null;
  /** Whether the title is too long to show whole in the list: then the item has "Read more" whatever its text. */
  titleLong: boolean;
  /** The item's title, short, to name its buttons apart from other items' ("Read more: …"). */
  label: string;
  onPart: (part: number | null) => void;
}

/** What an item shows as its text: sanitised HTML, plain text, or why there is none (yet). */
type Shown = { html: string } | { text: string } | { note: string };

function useShown(item: ViewItem): Shown {
  const html = item.contentHtml;
  const needsSanitizer = html !== null && MARKUP.test(html);
  const sanitize = useSanitizer(needsSanitizer);
  const ready = sanitize !== null;
  const safe = useMemo(() => {
    if (!needsSanitizer || sanitize === null) return null;
    const result = sanitize(html, item.contentBase);
    return result !== null && result.trim() !== "" ? result : null;
  }, [html, item.contentBase, needsSanitizer, sanitize]);
  const text = item.contentText;
  // One object per content, so what is cut from it is cut once.
  return useMemo(() => {
    if (html !== null && !needsSanitizer) return { text: html };
    if (needsSanitizer && !ready) return { note: "Loading…" };
    if (safe !== null) return { html: safe };
    if (text !== null) return { text };
    // A headline-only item has nothing more to say; HTML that sanitised to nothing is said to be so.
    return { note: html === null ? "" : "This update has no text that can be shown safely." };
  }, [html, needsSanitizer, ready, safe, text]);
}

/**
 * An update's text: its HTML sanitised (the sanitiser loads on first need), else its plain text. A long one is
 * shortened in the list, and read on demand one part at a time (pages.ts), so one item never takes more than a
 * screen, however long the feed made it.
 */
export function ItemBody({ item, part, titleLong, label, onPart }: ItemBodyProps) {
  const shown = useShown(item);
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => {
    if ("note" in shown) return null;
    const length = "html" in shown ? shownLength(shown.html) : shown.text.length;
    if (length <= LONG_ITEM_CHARS && part === null) return null;
    // Only what is on screen is cut: the excerpt while shortened, the parts once read.
    const cut = "html" in shown ? htmlParts : textParts;
    const source = "html" in shown ? shown.html : shown.text;
    return part === null ? cut(source, EXCERPT_CHARS).slice(0, 1) : cut(source, PART_CHARS);
  }, [shown, part]);
  if ("note" in shown)
    return shown.note === "" ? null : <p className={`mt-2 text-sm ${muted}`}>{shown.note}</p>;
  const long = parts !== null || titleLong;
  const current = parts === null ? null : (parts[Math.min(part ?? 0, parts.length - 1)] ?? "");
  const body =
    "html" in shown ? (
      <div
        className={htmlClasses}
        // Filtered by js-xss, then DOMPurify, to an allow-list of text tags and http(s)-only links; a part of it is
        // still whole HTML (pages.ts).
        dangerouslySetInnerHTML={{ __html: current ?? shown.html }}
      />
    ) : (
      (current ?? shown.text).split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line [&:not(:first-child)]:mt-2">
          {paragraph}
        </p>
      ))
    );
  return (
    <>
      <div
        id={bodyId}
        ref={bodyRef}
        // Where a reader continues after turning a part.
        tabIndex={-1}
        className="mt-2 rounded-sm text-sm leading-relaxed focus:outline-2 focus:outline-offset-2 focus:outline-accent dark:focus:outline-accent-dark"
      >
        {body}
      </div>
      {long && (
        <ReadMore
          bodyId={bodyId}
          part={part}
          parts={part === null ? null : (parts?.length ?? 1)}
          label={label}
          onPart={(next, focusBody) => {
            // Rendered at once, so focus lands on the part now shown, scrolled to its start.
            flushSync(() => {
              onPart(next);
            });
            if (focusBody) bodyRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
