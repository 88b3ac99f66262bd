import { memo, useCallback } from "react";
import type { ViewItem } from "../../lib/feed";
import { ItemBody } from "./ItemBody";
import { Timestamp } from "./Timestamp";

interface BriefingItemProps {
  item: ViewItem;
  /** The shared ticking clock (use-now.ts). */
  now: number | null;
  /** Receives the list item (or `null` when it goes), so revealing updates can move focus to one of them. */
  onElement: (id: string, element: HTMLLIElement | null) => void;
}

const muted = "text-ink-muted dark:text-ink-muted-dark";

/**
 * One update as a list item (not an `<article>`: the page's one article is the interview): heading, key-event
 * label, times, text. Memoised: a poll re-renders only the items it changed.
 */
export const BriefingItem = memo(function BriefingItem({ item, now, onElement }: BriefingItemProps) {
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      onElement(item.id, element);
    },
    [item.id, onElement],
  );
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
        {item.key && <strong className="font-semibold text-ink dark:text-ink-dark">Key event · </strong>}
        {item.published !== null ? <Timestamp ms={item.published} now={now} /> : "Undated"}
        {updated && (
          <>
            {" · "}
            <strong className="font-semibold text-ink dark:text-ink-dark">Updated</strong>{" "}
            <Timestamp ms={item.modified ?? 0} now={now} />
          </>
        )}
      </p>
      <ItemBody item={item} />
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
});
