// W3C-DTF (the ISO 8601 profile RSS's Dublin Core dates and Atom use; RFC 3339, JSON Feed's format, is one of its
// forms). `Date.parse` alone accepts far more (and rolls "February 30" over into March), so the shape and calendar
// are checked before trusting a date, and a date-time without a zone is refused: its moment cannot be known.
import type { DatePrecision } from "./types";

/** A date read from a feed: its first moment (epoch ms), and how much of it the feed gave. */
export interface FeedDate {
  ms: number;
  precision: DatePrecision;
}

const W3C_DTF =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s?([Zz]|[+-]\d{2}:?\d{2}))?)?)?$/;

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the parts name a real day and time of day (a leap second, 60, is allowed). */
export function validParts(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): boolean {
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60
  );
}

/** Epoch ms of a UTC date and time, years 0–99 meant literally (Date.UTC reads them as 1900–1999). */
export function utcMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  // A leap second is shown as the second before it: the panel shows minutes.
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms);
  if (year >= 100) return utc;
  const date = new Date(utc);
  date.setUTCFullYear(year);
  return date.getTime();
}

/** Minutes east of UTC of a `±hh:mm` or `±hhmm` offset, or `null` when out of range. */
export function offsetMinutes(zone: string): number | null {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return null;
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (hours > 23 || minutes > 59) return null;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * A W3C-DTF date: a year, a month, a day, or a day and a time with its zone ("2024-04-03T10:00:00.250+02:00",
 * "2024-04-03 10:00Z"). `null` for anything else (never `NaN`, never a guess), a time without a zone included.
 */
export function parseW3cDtf(value: unknown): FeedDate | null {
  if (typeof value !== "string") return null;
  const match = W3C_DTF.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(match[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const precision: DatePrecision =
    match[4] !== undefined
      ? "time"
      : match[3] !== undefined
        ? "day"
        : match[2] !== undefined
          ? "month"
          : "year";
  if (!validParts(year, month || 1, day || 1, hour, minute, second)) return null;
  if (precision !== "time") return { ms: utcMs(year, month || 1, day || 1), precision };
  const zone = match[8] ?? "Z";
  const offset = /^z$/i.test(zone) ? 0 : offsetMinutes(zone);
  if (offset === null) return null;
  const fraction = match[7] === undefined ? 0 : Math.floor(Number(`0${match[7]}`) * 1000);
  return { ms: utcMs(year, month, day, hour, minute, second, fraction) - offset * 60_000, precision };
}

/** Epoch ms of an RFC 3339 date-time (JSON Feed's dates): W3C-DTF with a time; `null` for anything else. */
export function parseRfc3339(value: unknown): number | null {
  const date = parseW3cDtf(value);
  return date?.precision === "time" ? date.ms : null;
}
