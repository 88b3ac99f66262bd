import type { DatePrecision } from "./types";

// The page is English; British English gives the 24-hour clock ("as of 14:05") and day-month dates.
const LOCALE = "en-GB";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });

// Building an Intl formatter costs far more than using one: each is made once per style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${JSON.stringify(options)} ${timeZone ?? ""}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/**
 * "just now", "12 minutes ago", "3 hours ago", "yesterday", "5 days ago", then weeks, months, years. Units are
 * floored so a label only changes when a whole unit has passed; a clock slightly ahead of ours reads "just now".
 */
export function relativeTime(then: number, now: number): string {
  const elapsed = now - then;
  if (elapsed < MINUTE) return "just now";
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), "minute");
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), "hour");
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), "day");
  if (elapsed < 30 * DAY) return relative.format(-Math.floor(elapsed / (7 * DAY)), "week");
  if (elapsed < 365 * DAY) return relative.format(-Math.floor(elapsed / (30 * DAY)), "month");
  return relative.format(-Math.floor(elapsed / (365 * DAY)), "year");
}

/** "3 Apr 2024, 14:05" in the reader's time zone (or `timeZone`, for tests). */
export function absoluteTime(ms: number, timeZone?: string): string {
  return formatter({ dateStyle: "medium", timeStyle: "short" }, timeZone).format(ms);
}

/** "14:05" when `ms` falls on the same day as `now`, else "3 Apr 2024, 14:05". */
export function clockTime(ms: number, now: number, timeZone?: string): string {
  const day = formatter({ dateStyle: "short" }, timeZone);
  if (day.format(ms) !== day.format(now)) return absoluteTime(ms, timeZone);
  return formatter({ timeStyle: "short" }, timeZone).format(ms);
}

/** "14:05:30" in the reader's time zone (or `timeZone`): when something happens next, to the second. */
export function timeOfDay(ms: number, timeZone?: string): string {
  return formatter({ timeStyle: "medium" }, timeZone).format(ms);
}

/** The machine-readable form for `<time datetime>`: to the millisecond, or only the day, month or year a feed gave. */
export function isoTime(ms: number, precision: DatePrecision = "time"): string {
  const iso = new Date(ms).toISOString();
  return { time: iso, day: iso.slice(0, 10), month: iso.slice(0, 7), year: iso.slice(0, 4) }[precision];
}

/**
 * "3 Apr 2024", "April 2024" or "2024": a date a feed gave without a time, as that calendar date. Read in UTC, where
 * it was stored: in the reader's zone the day could shift, and no time of day was given to shift it by.
 */
export function calendarDate(ms: number, precision: Exclude<DatePrecision, "time">): string {
  const options: Record<typeof precision, Intl.DateTimeFormatOptions> = {
    day: { dateStyle: "medium" },
    month: { month: "long", year: "numeric" },
    year: { year: "numeric" },
  };
  return formatter(options[precision], "UTC").format(ms);
}
