import { useSyncExternalStore } from "react";
import {
  initialBriefingState,
  nextAttemptAt,
  reduceBriefing,
  type BriefingEvent,
  type BriefingState,
} from "../../lib/feed";
import { createSubscribers } from "../../lib/subscribers";
import { BriefingFeedError, briefingUrl, getBriefing, type Known } from "./api/get-briefing";

// The poller: one feed, polled while anyone renders the panel. The schedule and every state change are pure
// (src/lib/feed/poll-schedule.ts, briefing-state.ts); this module only keeps the timer, the request and the
// browser's visibility and connectivity, and hands React a snapshot.

/** What the panel renders from. */
export interface FeedSnapshot {
  state: BriefingState;
  /** `navigator.onLine` as last reported. */
  online: boolean;
  /** The page is hidden (another tab, minimised): polls are rare then. */
  hidden: boolean;
}

const serverSnapshot: FeedSnapshot = { state: initialBriefingState, online: true, hidden: false };

let snapshot = serverSnapshot;
// True between the first subscriber and the last: polling runs only while someone renders the panel.
let listening = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let request: AbortController | null = null;
// The last response that parsed: the same one again (a 304 revalidation, an unchanged 200) is not parsed again.
let known: Known | null = null;

function publish(next: Partial<FeedSnapshot>) {
  snapshot = { ...snapshot, ...next };
  emit();
}

function dispatch(event: BriefingEvent) {
  publish({ state: reduceBriefing(snapshot.state, event) });
}

/** Waits for the next attempt the schedule allows; never while a request is in flight. */
function schedule() {
  clearTimeout(timer);
  if (request !== null) return;
  const delay = nextAttemptAt(snapshot.state, snapshot.hidden) - Date.now();
  timer = setTimeout(() => void attempt(), Math.max(0, delay));
}

/** Requests the feed now (unless a request is already in flight) and schedules the next attempt after it. */
async function attempt() {
  if (request !== null) return;
  clearTimeout(timer);
  const controller = new AbortController();
  request = controller;
  dispatch({ type: "poll-started" });
  try {
    const fetched = await getBriefing(briefingUrl, controller.signal, known);
    known = { body: fetched.body, validator: fetched.validator };
    dispatch({ type: "poll-succeeded", feed: fetched.feed ?? "unchanged", at: Date.now() });
  } catch (error) {
    // Stopped because nobody renders the panel any more: nothing to record.
    if (controller.signal.aborted) return;
    const failure = error instanceof BriefingFeedError ? error.failure : { kind: "network" as const };
    if (!(error instanceof BriefingFeedError)) console.error("Live briefing: unexpected error", error);
    dispatch({ type: "poll-failed", failure, at: Date.now(), jitter: Math.random() });
  } finally {
    if (request === controller) request = null;
  }
  if (listening) schedule();
}

function onVisibilityChange() {
  publish({ hidden: document.visibilityState === "hidden" });
  // Back in view: a poll that became due while hidden (30 s after the last) runs at once.
  schedule();
}

function onOnline() {
  publish({ online: true });
  void attempt();
}

function onOffline() {
  publish({ online: false });
}

const { subscribe, emit } = createSubscribers({
  onFirst: () => {
    listening = true;
    snapshot = { ...snapshot, online: navigator.onLine, hidden: document.visibilityState === "hidden" };
    document.addEventListener("visibilitychange", onVisibilityChange);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    schedule();
  },
  onLast: () => {
    listening = false;
    clearTimeout(timer);
    request?.abort();
    request = null;
    document.removeEventListener("visibilitychange", onVisibilityChange);
    window.removeEventListener("online", onOnline);
    window.removeEventListener("offline", onOffline);
  },
});

/** The feed as the panel shows it; polling runs while at least one component uses this. */
export function useFeed(): FeedSnapshot {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => serverSnapshot,
  );
}

/** Tries the feed at once (the Retry button); the schedule then continues from this attempt. */
export function retryNow(): void {
  void attempt();
}

/** Shows the updates that wait behind "Show N new updates". */
export function revealPendingUpdates(): void {
  dispatch({ type: "pending-revealed" });
}
