import { describe, expect, it } from "vitest";
import { absoluteTime, calendarDate, clockTime, isoTime, relativeTime, timeOfDay } from "./format-time";

const MIN = 60_000;
const NOW = Date.UTC(2024, 3, 3, 14, 5);

describe("relativeTime", () => {
  it.each([
    [0, "just now"],
    [59_999, "just now"],
    [-5 * MIN, "just now"],
    [MIN, "1 minute ago"],
    [12 * MIN + 59_000, "12 minutes ago"],
    [3 * 60 * MIN, "3 hours ago"],
    [24 * 60 * MIN, "yesterday"],
    [3 * 24 * 60 * MIN, "3 days ago"],
    [14 * 24 * 60 * MIN, "2 weeks ago"],
    [400 * 24 * 60 * MIN, "last year"],
  ])("%i ms ago reads %j", (elapsed, expected) => {
    expect(relativeTime(NOW - elapsed, NOW)).toBe(expected);
  });

  it("only changes once a whole unit has passed", () => {
    expect(relativeTime(NOW - 10 * MIN, NOW + 30_000)).toBe("10 minutes ago");
    expect(relativeTime(NOW - 10 * MIN, NOW + MIN)).toBe("11 minutes ago");
  });
});

describe("absolute times", () => {
  it("gives date and 24-hour time in the given zone", () => {
    expect(absoluteTime(NOW, "UTC")).toBe("3 Apr 2024, 14:05");
    expect(absoluteTime(NOW, "Europe/Brussels")).toBe("3 Apr 2024, 16:05");
  });

  it("gives just the clock for today, and the date for another day", () => {
    expect(clockTime(NOW - 60 * MIN, NOW, "UTC")).toBe("13:05");
    expect(clockTime(NOW - 24 * 60 * MIN, NOW, "UTC")).toBe("2 Apr 2024, 14:05");
  });

  it("gives the time of day to the second", () => {
    expect(timeOfDay(NOW + 30_000, "UTC")).toBe("14:05:30");
  });

  it("gives an ISO 8601 value for <time datetime>", () => {
    expect(isoTime(NOW)).toBe("2024-04-03T14:05:00.000Z");
  });
});

describe("dates without a time", () => {
  it("shows the calendar date the feed gave, whatever the reader's zone, and no time of day", () => {
    const day = Date.UTC(2024, 3, 3);
    expect(calendarDate(day, "day")).toBe("3 Apr 2024");
    expect(calendarDate(day, "month")).toBe("April 2024");
    expect(calendarDate(day, "year")).toBe("2024");
    expect(isoTime(day, "day")).toBe("2024-04-03");
    expect(isoTime(day, "month")).toBe("2024-04");
  });
});
