import { useQuery } from "@tanstack/react-query";
import { useId, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { liveStatus, promoText } from "../../lib/feed";
import { briefingQueryOptions, nextPollAt } from "./api/get-briefing";
import { BriefingLoading } from "./BriefingLoading";
import { setBriefingOpen, useBriefingOpen } from "./disclosure-store";
import { markBriefingLive } from "./early-toggle";
import { LiveDot, statusWords } from "./LiveDot";
import { useBriefingView } from "./use-briefing-view";
import { useOnline, usePageHidden } from "./use-page-state";
import { useTabTitleCount } from "./use-tab-title";
import "./briefing.css";
import { loadBriefingBody, useBriefingBody } from "./use-briefing-body";

export interface BriefingPanelProps {
  /** The article's own "Live Briefing" promo, shown at the top of the panel. */
  promo: { title: string; text: string };
}

const muted = "text-ink-muted dark:text-ink-muted-dark";

/**
 * The live briefing: a disclosure (WAI-ARIA APG) over a polled feed. New updates wait behind a button, revised
 * ones change in place, failures keep what is shown. A bar fixed to the bottom on narrow screens, a box in the
 * page's side column from `lg` up.
 */
export function BriefingPanel({ promo }: BriefingPanelProps) {
  const open = useBriefingOpen();
  const query = useQuery(briefingQueryOptions());
  const { data, error } = query;
  const { view, source, announcement, reveal } = useBriefingView(
    data?.feed ?? null,
    data?.changed ?? null,
    query.dataUpdatedAt,
  );
  // Hidden or shown again, the panel re-renders, and so the query recomputes its next poll (api/get-briefing.ts).
  const hidden = usePageHidden();
  const online = useOnline();
  const ids = useId();
  const headingId = `${ids}-heading`;
  const contentId = `${ids}-content`;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const pending = view.pending.length;
  const status = liveStatus({ loaded: data !== null, failed: error !== null }, online);
  const words = statusWords[status];
  useTabTitleCount(pending);
  useLayoutEffect(markBriefingLive, []);

  // Fetched as soon as the panel is open (also when it starts open, beside the first poll), not once it has data.
  const { Body, failed: bodyFailed } = useBriefingBody(open);
  function preload() {
    // A failure shows when the panel opens (useBriefingBody).
    loadBriefingBody().catch(() => undefined);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    // Handled here: the page's own Escape shortcut must not also fire.
    event.preventDefault();
    setBriefingOpen(false);
    buttonRef.current?.focus();
  }

  // The visible parts sit in a flex row, which would read as "Live briefing , 2 new": name the button whole.
  const extra = [words, pending > 0 ? `${pending} new` : null].filter((part) => part !== null);
  return (
    <section
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      className="briefing-panel no-app:hidden fixed inset-x-0 bottom-0 z-20 lg:flex lg:min-h-0 lg:flex-col border-t border-rule bg-paper font-sans text-ink shadow-[0_-2px_10px_rgb(0_0_0/0.12)] lg:static lg:rounded-md lg:border lg:shadow-none dark:border-rule-dark dark:bg-paper-dark dark:text-ink-dark"
    >
      <h2 id={headingId} className="m-0 text-base">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={contentId}
          data-briefing-toggle=""
          aria-label={extra.length > 0 ? ["Live briefing", ...extra].join(", ") : undefined}
          onClick={() => {
            setBriefingOpen(!open);
          }}
          onPointerEnter={preload}
          onFocus={preload}
          // Semibold from lg only, like the site's name: on a phone it would be a face to look up before first paint.
          className="flex min-h-12 w-full items-center gap-2 px-4 py-2 text-left lg:font-semibold hover:bg-ink/5 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent dark:hover:bg-ink-dark/10 dark:focus-visible:outline-accent-dark"
        >
          <LiveDot status={status} />
          <span>Live briefing</span>
          {words !== null && <span className={`text-xs font-normal ${muted}`}>{words}</span>}
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
        // Long unbroken words and URLs in a feed wrap instead of widening the panel.
        className="max-h-[60vh] overflow-y-auto border-t border-rule px-4 pb-4 wrap-anywhere focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent lg:max-h-[50vh] lg:min-h-0 dark:border-rule-dark dark:focus-visible:outline-accent-dark"
      >
        <p className="mt-3 text-sm font-semibold">{promo.title}</p>
        <p className={`mt-1 text-sm ${muted}`}>{promoText(promo.text)}</p>
        {Body ? (
          <Body
            open={open}
            source={source}
            view={view}
            failure={error?.failure ?? null}
            dataUpdatedAt={data === null ? null : query.dataUpdatedAt}
            fetching={query.isFetching}
            nextAttemptAt={nextPollAt(query, hidden)}
            online={online}
            onRetry={() => {
              void query.refetch();
            }}
            onReveal={reveal}
          />
        ) : data === null && error === null ? (
          // As prerendered, so hydration matches; the rest of the body arrives with its chunk.
          <BriefingLoading />
        ) : (
          open && (
            <p className={`mt-3 text-sm ${muted}`}>
              {bodyFailed
                ? "The updates could not be loaded. Reload the page to try again."
                : "Loading updates…"}
            </p>
          )
        )}
      </div>
      {/* The one live region: counts after a poll, never item text. Keyed so a repeated count is still spoken. */}
      <div role="status" aria-live="polite" className="sr-only">
        {announcement.text !== "" && <span key={announcement.seq}>{announcement.text}</span>}
      </div>
    </section>
  );
}
