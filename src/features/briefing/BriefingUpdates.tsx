import { useCallback, useId, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import {
  briefingWindow,
  countKeyEvents,
  newUpdatesLabel,
  WINDOW_STEP,
  type BriefingView,
  type ViewItem,
} from "../../lib/feed";
import { counted } from "../../lib/plural";
import { BriefingItem } from "./BriefingItem";

interface BriefingUpdatesProps {
  view: BriefingView;
  /** The shared ticking clock (use-now.ts). */
  now: number | null;
  /** Moves the waiting updates into the list (the feed store's reveal). */
  onReveal: () => void;
}

const muted = "text-ink-muted dark:text-ink-muted-dark";
const pill =
  "min-h-9 pointer-coarse:min-h-11 rounded-full px-3 py-1 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:focus-visible:outline-accent-dark";

/**
 * The open panel's updates (a closed panel renders none): pinned key events, then the stream, each a bounded
 * window of the newest (WINDOW_STEP more per "Show older updates"), so 10,000 items cost what 40 do. A chunk of
 * its own, fetched when the panel first opens.
 */
export function BriefingUpdates({ view, now, onReveal }: BriefingUpdatesProps) {
  const [limit, setLimit] = useState(WINDOW_STEP);
  const [keyOnly, setKeyOnly] = useState(false);
  const shown = useMemo(() => briefingWindow(view.shown, { keyOnly, limit }), [view.shown, keyOnly, limit]);
  const keyEventCount = countKeyEvents(view.shown);
  const keyHeadingId = useId();
  const elements = useRef(new Map<string, HTMLElement>());
  const onElement = useCallback((id: string, element: HTMLLIElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  }, []);
  const pending = view.pending.length;

  function showPending() {
    const newest = view.pending[0]?.id;
    // Render the revealed items now so focus can move to the newest (the button that had focus is gone).
    flushSync(onReveal);
    if (newest !== undefined) elements.current.get(newest)?.focus();
  }

  function showOlder() {
    const next = briefingWindow(view.shown, { keyOnly, limit: limit + WINDOW_STEP });
    const first = next.stream[limit] ?? next.keyEvents[limit];
    flushSync(() => {
      setLimit(limit + WINDOW_STEP);
    });
    if (first !== undefined) elements.current.get(first.id)?.focus();
  }

  const list = (items: readonly ViewItem[]) =>
    items.map((item) => <BriefingItem key={item.id} item={item} now={now} onElement={onElement} />);

  return (
    <>
      {/* A row of fixed height, so the reveal button appears without moving the updates below it. */}
      <div className="mt-2 flex h-11 items-center justify-between gap-2">
        <p className={`text-xs ${muted}`}>{view.shown.length === 0 ? "No updates yet." : "Newest first"}</p>
        {pending > 0 && (
          <button
            type="button"
            onClick={showPending}
            className={`${pill} bg-accent text-white hover:bg-accent/90 dark:bg-accent-dark dark:text-paper-dark`}
          >
            Show {newUpdatesLabel(pending)}
          </button>
        )}
      </div>
      {keyEventCount > 0 && (
        <div className="mb-1 flex items-center justify-between gap-2">
          <p id={keyHeadingId} className="text-sm font-semibold">
            Key events <span className={`font-normal ${muted}`}>({keyEventCount.toLocaleString("en")})</span>
          </p>
          <button
            type="button"
            aria-pressed={keyOnly}
            onClick={() => {
              setKeyOnly(!keyOnly);
            }}
            className={`${pill} border border-accent text-accent aria-pressed:bg-accent aria-pressed:text-white dark:border-accent-dark dark:text-accent-dark dark:aria-pressed:bg-accent-dark dark:aria-pressed:text-paper-dark`}
          >
            Key events only
          </button>
        </div>
      )}
      {shown.keyEvents.length > 0 && (
        <ol
          aria-labelledby={keyHeadingId}
          className="divide-y divide-rule border-y-2 border-rule dark:divide-rule-dark dark:border-rule-dark"
        >
          {list(shown.keyEvents)}
        </ol>
      )}
      {!keyOnly && <ol className="divide-y divide-rule dark:divide-rule-dark">{list(shown.stream)}</ol>}
      {shown.older > 0 && (
        <button
          type="button"
          onClick={showOlder}
          className={`${pill} mt-2 border border-rule hover:bg-ink/5 dark:border-rule-dark dark:hover:bg-ink-dark/10`}
        >
          Show older updates ({counted(shown.older, "more", "more")})
        </button>
      )}
    </>
  );
}
