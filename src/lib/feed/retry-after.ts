// HTTP's `Retry-After` (RFC 9110 10.2.3): how long a server that answered 429 or 503 asks to be left alone. In the
// feed worker's chunk, so kept to what HTTP allows: delay-seconds, or an HTTP-date, which is always GMT.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT"; the obsolete RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime
// "Sun Nov  6 08:49:37 1994" forms, which recipients must still read.
const IMF = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC_850 = /^[A-Z][a-z]+, (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

/** Epoch ms of an HTTP-date, or `null`. */
export function parseHttpDate(value: string): number | null {
  const text = value.trim();
  const imf = IMF.exec(text) ?? RFC_850.exec(text);
  const asc = ASCTIME.exec(text);
  // Day, month, year, hour, minute, second, whichever form.
  const parts = imf ? imf.slice(1) : asc ? [asc[2], asc[1], asc[6], asc[3], asc[4], asc[5]] : null;
  if (parts === null) return null;
  const [dayText = "", monthText = "", yearText = "", ...time] = parts as string[];
  const month = MONTHS.indexOf(monthText);
  // RFC 850's two-digit year: RFC 9110 5.6.7 wants the one within 50 years of now, which this pivot gives until 2049.
  const short = Number(yearText);
  const year = yearText.length === 2 ? (short < 50 ? 2000 : 1900) + short : short;
  const [day, hour, minute, second] = [dayText, ...time].map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(ms);
  return month < 0 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 60 ? null : ms;
}

/**
 * The wait (ms) a `Retry-After` value asks for, counted from the answer; `null` when absent or unreadable. An
 * HTTP-date is measured from the server's own `Date` when it sent one (the reader's clock may be off), else from
 * `now`; a date already past asks for no wait.
 */
export function retryAfterMs(value: string | null, serverDate: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = parseHttpDate(text);
  if (at === null) return null;
  const from = (serverDate === null ? null : parseHttpDate(serverDate)) ?? now;
  return Math.max(0, at - from);
}
