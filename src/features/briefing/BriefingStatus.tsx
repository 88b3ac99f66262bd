import type { FeedFailure } from "../../lib/feed";
import { clockTime, timeOfDay } from "../../lib/feed/format-time";
import { describeFailure } from "../../lib/feed/status-messages";
import { BriefingLoading } from "./BriefingLoading";

interface BriefingStatusProps {
  /** Why the last request failed; `null` after a success or before any request ended. */
  failure: FeedFailure | null;
  /** When the shown updates arrived or were last confirmed unchanged (epoch ms); `null` before any arrived. */
  dataUpdatedAt: number | null;
  /** A request is in flight. */
  fetching: boolean;
  /** When the next request is due (epoch ms). */
  nextAttemptAt: number;
  online: boolean;
  /** The shared ticking clock (use-now.ts). */
  now: number | null;
  onRetry: () => void;
}

function sentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

/** Loading, and every failure: what happened in words, when the shown updates are from, when the next try is. */
export function BriefingStatus(props: BriefingStatusProps) {
  const { failure, dataUpdatedAt, fetching, nextAttemptAt, online, now, onRetry } = props;
  if (failure === null) {
    return dataUpdatedAt !== null ? null : <BriefingLoading />;
  }
  const hasData = dataUpdatedAt !== null;
  const asOf = hasData ? `showing updates as of ${clockTime(dataUpdatedAt, now ?? dataUpdatedAt)}` : "";
  const headline = online
    ? hasData
      ? `Couldn't refresh — ${asOf}.`
      : "Couldn't load the live briefing."
    : hasData
      ? `You're offline — ${asOf}.`
      : "Couldn't load the live briefing: you're offline.";
  const next = fetching
    ? "Trying again now…"
    : online
      ? `It will try again on its own at ${timeOfDay(nextAttemptAt)}.`
      : "It will try again when you're back online.";
  return (
    <div className="my-2 rounded-md border border-rule p-3 font-sans text-sm dark:border-rule-dark">
      <p className="font-semibold">{headline}</p>
      <p className="mt-1">
        {online && `${sentence(describeFailure(failure))} `}
        {next}
      </p>
      <button
        type="button"
        onClick={onRetry}
        disabled={fetching}
        className="mt-2 min-h-10 rounded-md pointer-coarse:min-h-11 border border-accent px-3 py-1.5 font-medium text-accent hover:bg-accent/10 disabled:opacity-60 dark:border-accent-dark dark:text-accent-dark"
      >
        Retry
      </button>
    </div>
  );
}
