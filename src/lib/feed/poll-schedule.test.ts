import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HIDDEN_INTERVAL_MS,
  MAX_BACKOFF_MS,
  MAX_RETRY_AFTER_MS,
  nextAttemptAt,
  POLL_INTERVAL_MS,
  pollDelay,
  retryDelay,
} from "./poll-schedule";

const SECOND = 1000;

/** How many attempts a feed gets in `span` ms when every attempt fails (or, with `healthy`, succeeds). */
function attemptsIn(span: number, healthy: boolean, jitters: () => number): number {
  let count = 0;
  let failures = 0;
  for (let at = 0; at <= span; at += pollDelay(failures, jitters(), false)) {
    count += 1;
    failures = healthy ? 0 : failures + 1;
  }
  return count;
}

describe("retryDelay", () => {
  it("polls a healthy feed every 30 s", () => {
    expect(retryDelay(0, 0.5)).toBe(POLL_INTERVAL_MS);
  });

  it("backs off 30 s → 1 → 2 → 4 → 5 min after failures, without jitter at its lowest draw", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((n) => retryDelay(n, 0) / SECOND)).toEqual([
      30, 60, 120, 240, 300, 300, 300,
    ]);
  });

  it("shortens by up to a fifth at random, never below the healthy interval", () => {
    expect(retryDelay(2, 0.999) / SECOND).toBeCloseTo(48, 0);
    expect(retryDelay(1, 0.999)).toBe(POLL_INTERVAL_MS);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, j) => {
          const delay = retryDelay(n, j);
          expect(delay).toBeGreaterThanOrEqual(POLL_INTERVAL_MS);
          expect(delay).toBeLessThanOrEqual(MAX_BACKOFF_MS);
        },
      ),
    );
  });
});

describe("pollDelay", () => {
  it("polls every 5 minutes at most while the page is hidden, failing or not", () => {
    expect(pollDelay(0, 0, true)).toBe(HIDDEN_INTERVAL_MS);
    expect(pollDelay(3, 0, true)).toBe(HIDDEN_INTERVAL_MS);
    expect(pollDelay(3, 0, false)).toBe(120 * SECOND);
  });

  it("never asks a failing feed more often than a healthy one, whatever the jitter", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1 }),
        (draws) => {
          let i = 0;
          const jitters = () => draws[i++ % draws.length] ?? 0;
          const hour = 60 * 60 * SECOND;
          expect(attemptsIn(hour, false, jitters)).toBeLessThanOrEqual(attemptsIn(hour, true, jitters));
        },
      ),
    );
  });

  it("asks a failing feed far less often: over an hour, 121 healthy polls against 15 to 18 failing ones", () => {
    const hour = 60 * 60 * SECOND;
    expect(attemptsIn(hour, true, () => 0)).toBe(121);
    expect(attemptsIn(hour, false, () => 0)).toBe(15);
    expect(attemptsIn(hour, false, () => 0.999)).toBeLessThanOrEqual(18);
  });
});

describe("nextAttemptAt", () => {
  const T0 = Date.UTC(2030, 0, 15, 12);

  it("is due at once before any attempt, then 30 s after a success", () => {
    expect(nextAttemptAt({ lastAttemptAt: null, failures: 0, jitter: 0 }, false)).toBe(0);
    expect(nextAttemptAt({ lastAttemptAt: T0, failures: 0, jitter: 0 }, false)).toBe(T0 + 30 * SECOND);
  });

  it("backs off from the end of the last attempt after failures in a row, and waits 5 minutes while hidden", () => {
    const failing = { lastAttemptAt: T0 + 90 * SECOND, failures: 3, jitter: 0 };
    expect(nextAttemptAt(failing, false)).toBe(T0 + 90 * SECOND + 120 * SECOND);
    expect(nextAttemptAt(failing, true)).toBe(T0 + 90 * SECOND + 300 * SECOND);
  });

  it("never comes before a server's Retry-After, nor before the backoff when the server asks for less", () => {
    const asked = (retryAfterMs: number, failures = 1) =>
      nextAttemptAt({ lastAttemptAt: T0, failures, jitter: 0, retryAfterMs }, false) - T0;
    expect(asked(900 * SECOND)).toBe(900 * SECOND);
    expect(asked(5 * SECOND, 3)).toBe(120 * SECOND);
    expect(asked(0)).toBe(30 * SECOND);
    // A day is asked for: tried again within the hour all the same.
    expect(asked(24 * 60 * 60 * SECOND)).toBe(MAX_RETRY_AFTER_MS);
  });
});
