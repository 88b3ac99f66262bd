// Time-zone names as feeds write them in RFC 822 dates. Only names that mean one offset are read: "IST" (India,
// Ireland, Israel) and "AST" (Atlantic, Arabia) are not, so a date in them stays undated rather than read wrong.
import { utcMs } from "./dates";

/** Names that fix an offset, in minutes east of UTC: RFC 822's own, and the common North American and European ones. */
const FIXED: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  "etc/gmt": 0,
  "etc/utc": 0,
  // RFC 822 (its single military letters but Z are refused: their signs were specified backwards, RFC 1123 5.2.14).
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  // North America beyond RFC 822.
  akst: -540,
  akdt: -480,
  hst: -600,
  adt: -180,
  nst: -210,
  ndt: -150,
  // Europe; MET/MEST and MEZ/MESZ are older and German names of CET/CEST, BST British Summer Time.
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  mez: 60,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
};

/** Names of a region's time that switch with daylight saving ("16:31 ET"): read by the region's own rules. */
const REGIONAL: Record<string, string> = {
  et: "America/New_York",
  ct: "America/Chicago",
  mt: "America/Denver",
  pt: "America/Los_Angeles",
  at: "America/Halifax",
};

const HOUR = 3_600_000;
const clocks = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `timeZone` is at the instant `utc`. */
function offsetAt(timeZone: string, utc: number): number {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    clocks.set(timeZone, clock);
  }
  const part = (type: string) => Number(clock.formatToParts(utc).find((p) => p.type === type)?.value);
  const wall = utcMs(part("year"), part("month"), part("day"), part("hour"), part("minute"));
  return Math.round((wall - Math.floor(utc / 60_000) * 60_000) / 60_000);
}

/**
 * The UTC instant of a wall-clock time (given as if it were UTC) in `timeZone`, or `null` when that time happens
 * twice (the hour clocks go back) or never (the hour they skip): then the name alone cannot say when it was.
 */
function regionalToUtc(timeZone: string, wallAsUtc: number): number | null {
  const offsets = new Set([
    offsetAt(timeZone, wallAsUtc - 12 * HOUR),
    offsetAt(timeZone, wallAsUtc + 12 * HOUR),
  ]);
  const fits = [...offsets]
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((utc) => offsetAt(timeZone, utc) * 60_000 === wallAsUtc - utc);
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * The UTC instant of a wall-clock time (`wallAsUtc`: its parts read as if UTC) in the zone a feed named, or `null`
 * when the name is unknown, ambiguous, or the time is one the zone skipped or repeated.
 */
export function zonedToUtc(zone: string, wallAsUtc: number): number | null {
  const name = zone.toLowerCase();
  const fixed = FIXED[name];
  if (fixed !== undefined) return wallAsUtc - fixed * 60_000;
  const region = REGIONAL[name];
  return region === undefined ? null : regionalToUtc(region, wallAsUtc);
}
