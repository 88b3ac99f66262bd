// Dates in saved notes: ISO 8601, normalised to the form toISOString gives ("2024-05-01T12:00:00.000Z").

// Dates this reader wrote are already in that form, and are checked by pattern and calendar and kept as they are:
// parsing and printing them again took ~1 µs each, most of the time to read 1,000 saved notes. Anything else goes the
// long way. V8 reads "2024-02-30" as 1 March, so the calendar check keeps such a date on the long way too.
const CANONICAL = /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const THIRTY_DAYS = new Set([4, 6, 9, 11]);

function isCanonical(value: string): boolean {
  const parts = CANONICAL.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : THIRTY_DAYS.has(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** `value` as toISOString would print it, or null when it is not a date and time. */
export function normalisedDate(value: string): string | null {
  if (isCanonical(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
