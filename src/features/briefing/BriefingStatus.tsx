import { onlineManager } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { clockTime, describeFailure } from "../../lib/feed";
import { BriefingFeedError } from "./api/get-briefing";

interface BriefingStatusProps {
  /** Whether any feed has loaded; then failures keep what is shown and only say refreshing failed. */
  hasData: boolean;
  /** The last request's error, or `null` when it succeeded. */
  error: Error | null;
  /** When the shown data arrived (epoch ms). */
  dataUpdatedAt: number;
  /** The shared ticking clock (use-now.ts). */
  now: number | null;
  onRetry: () => void;
}

function subscribeOnline(listener: () => void) {
  return onlineManager.subscribe(listener);
}

function reasonOf(error: Error): string {
  return error instanceof BriefingFeedError
    ? describeFailure(error.failure)
    : "something unexpected went wrong";
}

function sentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

/** Loading, and every failure: what happened in words, when the shown updates are from, and a Retry button. */
export function BriefingStatus({ hasData, error, dataUpdatedAt, now, onRetry }: BriefingStatusProps) {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => onlineManager.isOnline(),
    () => true,
  );
  if (error === null) {
    return hasData ? null : <p className="py-2 text-sm">Loading the live briefing…</p>;
  }
  const asOf = `showing updates as of ${clockTime(dataUpdatedAt, now ?? dataUpdatedAt)}`;
  const headline = online
    ? hasData
      ? `Couldn't refresh — ${asOf}.`
      : "Couldn't load the live briefing."
    : hasData
      ? `You're offline — ${asOf}.`
      : "Couldn't load the live briefing: you're offline.";
  const detail = online
    ? `${sentence(reasonOf(error))} It will try again on its own.`
    : "It will try again when you're back online.";
  return (
    <div className="my-2 rounded-md border border-rule p-3 font-sans text-sm dark:border-rule-dark">
      <p className="font-semibold">{headline}</p>
      <p className="mt-1">{detail}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 min-h-10 rounded-md pointer-coarse:min-h-11 border border-accent px-3 py-1.5 font-medium text-accent hover:bg-accent/10 dark:border-accent-dark dark:text-accent-dark"
      >
        Retry
      </button>
    </div>
  );
}
