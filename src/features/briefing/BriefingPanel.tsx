import { useId, useRef, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { describeDropped, newUpdatesLabel } from "../../lib/feed";
import { useBriefing } from "./api/get-briefing";
import { BriefingItem } from "./BriefingItem";
import { BriefingStatus } from "./BriefingStatus";
import { setBriefingOpen, useBriefingOpen } from "./disclosure-store";
import { useBriefingView } from "./use-briefing-view";
import { useNow } from "./use-now";
import "./briefing.css";

export interface BriefingPanelProps {
  /** The article's own "Live Briefing" promo, shown at the top of the panel. */
  promo: { title: string; text: string };
}

const muted = "text-ink-muted dark:text-ink-muted-dark";

/**
 * The live briefing: a disclosure (WAI-ARIA APG) over a polled JSON Feed. New updates wait behind a button, revised
 * ones change in place, failures keep what is shown. A bar fixed to the bottom on narrow screens, a box in the
 * page's side column from `lg` up.
 */
export function BriefingPanel({ promo }: BriefingPanelProps) {
  const open = useBriefingOpen();
  const query = useBriefing();
  const { view, announcement, reveal } = useBriefingView(query.data);
  const now = useNow();
  const ids = useId();
  const headingId = `${ids}-heading`;
  const contentId = `${ids}-content`;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef(new Map<string, HTMLElement>());
  const pending = view.pending.length;
  const dropped = query.data ? describeDropped(query.data.dropped) : null;

  function showPending() {
    // Render the revealed items now so focus can move to the newest (the button that had focus is gone).
    const first = flushSync(reveal);
    if (first !== null) itemRefs.current.get(first)?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    // Handled here: the page's own Escape shortcut must not also fire.
    event.preventDefault();
    setBriefingOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <section
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      className="briefing-panel fixed inset-x-0 bottom-0 z-20 lg:flex lg:min-h-0 lg:flex-col border-t border-rule bg-paper font-sans text-ink shadow-[0_-2px_10px_rgb(0_0_0/0.12)] lg:static lg:rounded-md lg:border lg:shadow-none dark:border-rule-dark dark:bg-paper-dark dark:text-ink-dark"
    >
      <h2 id={headingId} className="m-0 text-base">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={contentId}
          // The visible badge sits in a flex row, which would read as "Live briefing , 2 new": name it whole.
          aria-label={pending > 0 ? `Live briefing, ${pending} new` : undefined}
          onClick={() => {
            setBriefingOpen(!open);
          }}
          className="flex min-h-12 w-full items-center gap-2 px-4 py-2 text-left font-semibold hover:bg-ink/5 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent dark:hover:bg-ink-dark/10 dark:focus-visible:outline-accent-dark"
        >
          <span aria-hidden="true" className="size-2 rounded-full bg-[#b42318] dark:bg-[#ff8a80]" />
          <span>Live briefing</span>
          {pending > 0 && (
            <span className="rounded-full bg-accent px-2 text-xs leading-5 text-white dark:bg-accent-dark dark:text-paper-dark">
              {pending} new
            </span>
          )}
          {/* Turned by briefing.css from <html>'s attribute, so it is right before hydration too. */}
          <span aria-hidden="true" data-briefing-chevron="" className="ml-auto">
            ▾
          </span>
        </button>
      </h2>
      <div
        id={contentId}
        hidden={!open}
        data-briefing-content=""
        // Scrolls inside itself (a sheet on narrow screens), so it must be reachable by keyboard.
        tabIndex={0}
        aria-labelledby={headingId}
        role="group"
        className="max-h-[60vh] overflow-y-auto border-t border-rule px-4 pb-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent lg:max-h-[50vh] lg:min-h-0 dark:border-rule-dark dark:focus-visible:outline-accent-dark"
      >
        <p className="mt-3 text-sm font-semibold">{promo.title}</p>
        <p className={`mt-1 text-sm ${muted}`}>{promo.text}</p>
        {query.data && <p className={`mt-2 text-xs ${muted}`}>Source: {query.data.title}</p>}
        <BriefingStatus
          hasData={query.data !== undefined}
          error={query.error}
          dataUpdatedAt={query.dataUpdatedAt}
          now={now}
          onRetry={() => {
            void query.refetch();
          }}
        />
        {view.loaded && (
          // A row of fixed height, so the reveal button appears without moving the updates below it.
          <div className="mt-2 flex h-11 items-center justify-between gap-2">
            <p className={`text-xs ${muted}`}>
              {view.shown.length === 0 ? "No updates yet." : "Newest first"}
            </p>
            {pending > 0 && (
              <button
                type="button"
                onClick={showPending}
                className="min-h-9 rounded-full bg-accent pointer-coarse:min-h-11 px-3 py-1 text-sm font-semibold text-white hover:bg-accent/90 dark:bg-accent-dark dark:text-paper-dark"
              >
                Show {newUpdatesLabel(pending)}
              </button>
            )}
          </div>
        )}
        <ol className="divide-y divide-rule dark:divide-rule-dark">
          {view.shown.map((item) => (
            <BriefingItem
              key={item.id}
              item={item}
              now={now}
              ref={(element: HTMLLIElement | null) => {
                if (element) itemRefs.current.set(item.id, element);
                else itemRefs.current.delete(item.id);
              }}
            />
          ))}
        </ol>
        {dropped !== null && <p className={`mt-2 text-xs ${muted}`}>{dropped}</p>}
      </div>
      {/* The one live region: counts after a poll, never item text. Keyed so a repeated count is still spoken. */}
      <div role="status" aria-live="polite" className="sr-only">
        {announcement.text !== "" && <span key={announcement.seq}>{announcement.text}</span>}
      </div>
    </section>
  );
}
