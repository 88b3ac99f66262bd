// RSS's RFC 822 dates as feeds really write them, apart from dates.ts: only the XML parser reads them, and it is a
// chunk of its own, so a JSON feed's worker never fetches this. Read liberally where the meaning stays certain
// (two-digit years by RFC 5322's rule, full month names, a stray comma, the month before the day, named zones), and
// refused where it is not: a time without a zone, an unknown or ambiguous zone name, a day the month lacks.
import type { XmlElement } from "@rgrove/parse-xml";
import { offsetMinutes, parseW3cDtf, utcMs, validParts, type FeedDate } from "./dates";
import { childrenNamed } from "./xml-tree";
import { zonedToUtc } from "./zones";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** 1–12 for a month's English name or its abbreviation ("Sep", "Sept", "September"), else 0. */
function monthOf(word: string): number {
  const name = word.toLowerCase().replace(/\.$/, "");
  const month = MONTHS.findIndex((full) => full === name || full.slice(0, 3) === name) + 1;
  return month > 0 ? month : name === "sept" ? 9 : 0;
}

/** A year as written: four digits as they are; two and three digits by RFC 5322 4.3 (49 → 2049, 50 → 1950). */
function yearOf(word: string): number | null {
  if (!/^\d{2,4}$/.test(word)) return null;
  const year = Number(word);
  if (word.length === 4) return year;
  return word.length === 3 || year >= 50 ? year + 1900 : year + 2000;
}

/** The instant of a wall-clock time (its parts read as if UTC) in a zone as RFC 822 dates write it, or `null`. */
function inZone(zone: string, wallAsUtc: number): number | null {
  // "+0200", "-01:01", "GMT-01:01", "UTC+2"; then names ("GMT", "EST", "CEST", "ET", "Etc/GMT").
  const numeric = /^(?:(?:GMT|UTC|UT)(?=[+-]))?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (numeric) {
    const offset = offsetMinutes(
      `${numeric[1] ?? ""}${(numeric[2] ?? "").padStart(2, "0")}${numeric[3] ?? "00"}`,
    );
    return offset === null ? null : wallAsUtc - offset * 60_000;
  }
  return zonedToUtc(zone, wallAsUtc);
}

/**
 * An RFC 822 date as feeds write it ("Wed, 03 Apr 2024 10:00:00 GMT", "Thu, 01 Jan 04 19:48 EST", "13 Feb, 2012
 * 06:28:00 UTC", "Thu Aug 30 2012 17:26:16 +0200", "Thu, 01 Jan 2004"), or `null`. The weekday is ignored, as RFC
 * 5322 allows: feeds often get it wrong, and the date itself says which day it is.
 */
export function parseRfc822(value: unknown): FeedDate | null {
  if (typeof value !== "string") return null;
  // Comments ("+0000 (UTC)") and commas carry nothing; RFC 850's "06-Nov-94" is the same date spaced.
  const words = value
    .replace(/\([^)]*\)/g, " ")
    .replace(/,/g, " ")
    .replace(/\b(\d{1,2})-([a-z]{3,9})-(\d{2,4})\b/gi, "$1 $2 $3")
    .trim()
    .split(/\s+/);
  if (words[0] !== undefined && WEEKDAY.test(words[0])) words.shift();
  let day: number;
  let month: number;
  if (/^\d{1,2}$/.test(words[0] ?? "")) {
    day = Number(words.shift());
    month = monthOf(words.shift() ?? "");
  } else {
    month = monthOf(words.shift() ?? "");
    day = /^\d{1,2}$/.test(words[0] ?? "") ? Number(words.shift()) : 0;
  }
  // The year comes after the date, or (asctime and Twitter's form) after the time and zone.
  let year = yearOf(words[0] ?? "");
  if (year !== null) words.shift();
  else if (words.length > 0) year = yearOf(words.pop() ?? "");
  if (year === null || !validParts(year, month, day)) return null;
  if (words.length === 0) return { ms: utcMs(year, month, day), precision: "day" };
  const time = TIME.exec(words.shift() ?? "");
  // A time needs exactly one zone: without one, the moment is unknown.
  if (!time || words.length !== 1) return null;
  const [hour, minute, second] = [time[1], time[2], time[3] ?? "0"].map(Number) as [number, number, number];
  if (!validParts(year, month, day, hour, minute, second)) return null;
  const ms = inZone(words[0] ?? "", utcMs(year, month, day, hour, minute, second));
  return ms === null ? null : { ms, precision: "time" };
}

/** A date in either format feeds use, whichever element it is in: RFC 822 ("Wed, 03 Apr 2024…") or W3C-DTF. */
export function parseFeedDate(value: unknown): FeedDate | null {
  return parseRfc822(value) ?? parseW3cDtf(value);
}

/**
 * The date of the first of `[ns, name]` that `parent` has, read by `parseFeedDate`; `null` when there is none, or
 * when that element is repeated with different dates (which one is meant cannot be known).
 */
export function onlyDate(parent: XmlElement, ...names: [string, string][]): FeedDate | null {
  for (const [ns, name] of names) {
    const dates = childrenNamed(parent, ns, name).map((element) => parseFeedDate(element.text.trim()));
    if (dates.length === 0) continue;
    const [first] = dates;
    return dates.every((date) => date?.ms === first?.ms && date?.precision === first?.precision)
      ? (first ?? null)
      : null;
  }
  return null;
}
