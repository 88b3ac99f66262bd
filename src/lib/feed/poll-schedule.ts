// When the panel asks for the feed. Every delay counts from the end of the previous attempt, and none is shorter
// than the healthy interval: a failing feed is never asked more often than a healthy one.

/** Between polls of a healthy feed while the page is visible. */
export const POLL_INTERVAL_MS = 30_000;
/** Between polls while the page is hidden: rare, but enough to keep the tab title's count of new updates honest. */
export const HIDDEN_INTERVAL_MS = 5 * 60_000;
/** The longest wait after failures. */
export const MAX_BACKOFF_MS = 5 * 60_000;
/** Up to this fraction is taken off a backoff delay at random, so tabs that failed together drift apart. */
export const JITTER = 0.2;
/**
 * The longest wait a server's `Retry-After` is honoured for: one that asks for a day (or is misconfigured) is still
 * tried again within the hour, so the panel does not fall silent until the page is reloaded.
 */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * The wait after `failures` failed attempts in a row (0 when the last one succeeded), visible page: 30 s, then
 * 1, 2, 4 and at most 5 minutes, each shortened by up to 20% (`jitter` in [0, 1)) but never below 30 s.
 */
export function retryDelay(failures: number, jitter: number): number {
  if (failures <= 0) return POLL_INTERVAL_MS;
  const base = Math.min(POLL_INTERVAL_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
  return Math.max(POLL_INTERVAL_MS, Math.round(base * (1 - JITTER * jitter)));
}

/** The wait before the next attempt: `retryDelay`, and at least `HIDDEN_INTERVAL_MS` while the page is hidden. */
export function pollDelay(failures: number, jitter: number, hidden: boolean): number {
  const delay = retryDelay(failures, jitter);
  return hidden ? Math.max(delay, HIDDEN_INTERVAL_MS) : delay;
}

/** What the schedule needs to know of the attempts so far. */
export interface PollHistory {
  /** When the last attempt ended (epoch ms); the next one is scheduled from here. `null` before any. */
  lastAttemptAt: number | null;
  /** Failed attempts in a row (0 after a success): drives the backoff. */
  failures: number;
  /** The random draw in [0, 1) made at the last failure, so the retry time stays put however often it is asked. */
  jitter: number;
  /** How long the server asked to be left alone after the last attempt (its `Retry-After`, ms); 0 when it did not. */
  retryAfterMs?: number;
}

/**
 * When the next attempt is due (epoch ms): at once before the first, else after the delay `pollDelay` gives, or
 * after the server's `Retry-After` (up to `MAX_RETRY_AFTER_MS`) when that is longer: never sooner than either.
 */
export function nextAttemptAt(history: PollHistory, hidden: boolean): number {
  if (history.lastAttemptAt === null) return 0;
  const asked = Math.min(history.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
  return history.lastAttemptAt + Math.max(pollDelay(history.failures, history.jitter, hidden), asked);
}
