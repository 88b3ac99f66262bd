import type { BriefingView, Feed, FeedFailure } from "../../lib/feed";
import { describeDropped } from "../../lib/feed/status-messages";
import { BriefingStatus } from "./BriefingStatus";
import { BriefingUpdates } from "./BriefingUpdates";
import { useNow } from "./use-now";

export interface BriefingBodyProps {
  /** Whether the panel is open: a closed panel renders no updates (its button's count is all it shows). */
  open: boolean;
  /** The feed last shown (its title and what it dropped); `null` before one arrived. */
  source: Feed | null;
  view: BriefingView;
  /** Why the last request failed; `null` after a success or before any request ended. */
  failure: FeedFailure | null;
  /** When the shown updates arrived or were last confirmed unchanged (epoch ms); `null` before any arrived. */
  dataUpdatedAt: number | null;
  fetching: boolean;
  /** When the next request is due (epoch ms). */
  nextAttemptAt: number;
  online: boolean;
  onRetry: () => void;
  onReveal: () => void;
}

const muted = "text-ink-muted dark:text-ink-muted-dark";

/**
 * The open panel's content under the promo: the feed's name, its status and failures, the updates, what was
 * skipped. A chunk of its own (with the clock, the time formats and the failure messages), fetched when the panel
 * first opens or a pointer or focus reaches its toggle: a closed panel needs only its button and live region.
 */
export function BriefingBody(props: BriefingBodyProps) {
  const { open, source, view, failure, dataUpdatedAt, fetching, nextAttemptAt, online, onRetry, onReveal } =
    props;
  const now = useNow();
  const dropped = source ? describeDropped(source.dropped) : null;
  return (
    <>
      {source && <p className={`mt-2 text-xs ${muted}`}>Source: {source.title}</p>}
      <BriefingStatus
        failure={failure}
        dataUpdatedAt={dataUpdatedAt}
        fetching={fetching}
        nextAttemptAt={nextAttemptAt}
        online={online}
        now={now}
        onRetry={onRetry}
      />
      {open && view.loaded && <BriefingUpdates view={view} now={now} onReveal={onReveal} />}
      {dropped !== null && <p className={`mt-2 text-xs ${muted}`}>{dropped}</p>}
    </>
  );
}
