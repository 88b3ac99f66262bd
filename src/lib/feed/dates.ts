// RFC 3339 date-time, the only date format JSON Feed allows. `Date.parse` alone accepts far more (and rolls
// "February 30" over into March), so the shape and calendar are checked before trusting it.
const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Epoch milliseconds of an RFC 3339 date-time, or `null` for anything else (never `NaN`, never a guess). */
export function parseRfc3339(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = RFC_3339.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = match[9] === undefined ? 0 : Number(match[9]);
  const offsetMinutes = match[10] === undefined ? 0 : Number(match[10]);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!valid) return null;
  const ms = Date.parse(value.replace(" ", "T").toUpperCase());
  return Number.isFinite(ms) ? ms : null;
}
