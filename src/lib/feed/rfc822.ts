// RSS 2.0's RFC 822 dates, apart from dates.ts: only the XML parser reads them, and it is a chunk of its own, so
// a JSON feed's worker never fetches this.
import { daysInMonth } from "./dates";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// RFC 822's named zones, in hours from UTC (its single military letters are ambiguous in practice: refused).
const ZONES: Record<string, number> = {
  ut: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};
// RSS 2.0 dates: RFC 822 with a four-digit year (RSS 2.0 asks for one), e.g. "Wed, 03 Apr 2024 10:00:00 GMT".
const RFC_822 =
  /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([a-z]{1,3}|[+-]\d{4})$/i;

/** Epoch milliseconds of an RSS 2.0 (RFC 822) date, or `null` for anything else: two-digit years are not guessed. */
export function parseRfc822(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = RFC_822.exec(value.trim());
  if (!match) return null;
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zoneText] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  const month = MONTHS.indexOf(monthText.toLowerCase()) + 1;
  const [year, day, hour, minute, second] = [yearText, dayText, hourText, minuteText, secondText ?? "0"].map(
    Number,
  ) as [number, number, number, number, number];
  let offsetMinutes: number;
  if (/^[+-]/.test(zoneText)) {
    const hours = Number(zoneText.slice(1, 3));
    const minutes = Number(zoneText.slice(3, 5));
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = (zoneText.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  } else {
    const zone = ZONES[zoneText.toLowerCase()];
    if (zone === undefined) return null;
    offsetMinutes = zone * 60;
  }
  const valid =
    month >= 1 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 60;
  if (!valid) return null;
  return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offsetMinutes * 60_000;
}
