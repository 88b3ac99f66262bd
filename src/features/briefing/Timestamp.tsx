import { absoluteTime, isoTime, relativeTime } from "../../lib/feed";

interface TimestampProps {
  /** The moment, in epoch ms. */
  ms: number;
  /** The shared ticking clock; `null` before hydration, when only the absolute time is shown. */
  now: number | null;
}

/** "12 minutes ago · 3 Apr 2024, 14:05": relative for scanning, absolute for certainty, both visible. */
export function Timestamp({ ms, now }: TimestampProps) {
  const absolute = absoluteTime(ms);
  return (
    <time dateTime={isoTime(ms)}>
      {now === null ? (
        absolute
      ) : (
        <>
          {relativeTime(ms, now)}
          <span className="text-ink-muted dark:text-ink-muted-dark"> · {absolute}</span>
        </>
      )}
    </time>
  );
}
