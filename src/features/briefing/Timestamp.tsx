import { CLOCK_SKEW_MS, type DatePrecision } from "../../lib/feed";
import { absoluteTime, calendarDate, isoTime, relativeTime } from "../../lib/feed/format-time";

interface TimestampProps {
  /** The moment, in epoch ms (the first moment of the day, month or year when that is all the feed gave). */
  ms: number;
  /** How much of the date the feed gave: only a day, month or year is shown as just that, with no time of day. */
  precision?: DatePrecision;
  /** The shared ticking clock; `null` before hydration, when only the absolute time is shown. */
  now: number | null;
}

/**
 * "12 minutes ago · 3 Apr 2024, 14:05": relative for scanning, absolute for certainty, both visible. A date ahead
 * of the clock is not "just now": it is shown as it is, and called what it is. A date without a time ("3 Apr
 * 2024") is shown as that date alone: "14 hours ago" would invent the hour.
 */
export function Timestamp({ ms, precision = "time", now }: TimestampProps) {
  const future = now !== null && ms > now + CLOCK_SKEW_MS;
  if (precision !== "time") {
    const date = calendarDate(ms, precision);
    return <time dateTime={isoTime(ms, precision)}>{future ? <>Dated in the future: {date}</> : date}</time>;
  }
  const absolute = absoluteTime(ms);
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
