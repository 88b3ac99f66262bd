import { CLOCK_SKEW_MS } from "../../lib/feed";
import { absoluteTime, isoTime, relativeTime } from "../../lib/feed/format-time";

interface TimestampProps {
  /** The moment, in epoch ms. */
  ms: number;
  /** The shared ticking clock; `null` before hydration, when only the absolute time is shown. */
  now: number | null;
}

/**
 * "12 minutes ago · 3 Apr 2024, 14:05": relative for scanning, absolute for certainty, both visible. A date ahead
 * of the clock is not "just now": it is shown as it is, and called what it is.
 */
export function Timestamp({ ms, now }: TimestampProps) {
  const absolute = absoluteTime(ms);
  const future = now !== null && ms > now + CLOCK_SKEW_MS;
  return (
    <time dateTime={isoTime(ms)}>
      {now === null ? (
        absolute
      ) : future ? (
        <>Dated in the future: {absolute}</>
      ) : (
        <>
          {relativeTime(ms, now)}
          <span className="text-ink-muted dark:text-ink-muted-dark"> · {absolute}</span>
        </>
      )}
    </time>
  );
}
