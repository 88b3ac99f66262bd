import { describe, expect, it } from "vitest";
import { parseRfc3339 } from "./dates";

describe("parseRfc3339", () => {
  it.each([
    ["2024-04-03T10:00:00Z", Date.UTC(2024, 3, 3, 10)],
    ["2024-04-03T12:00:00+02:00", Date.UTC(2024, 3, 3, 10)],
    ["2024-04-03T10:00:00.250Z", Date.UTC(2024, 3, 3, 10, 0, 0, 250)],
    ["2024-04-03t10:00:00z", Date.UTC(2024, 3, 3, 10)],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
  ])("reads %s", (value, expected) => {
    expect(parseRfc3339(value)).toBe(expected);
  });

  it.each([
    ["2024-02-30T10:00:00Z", "a day the month does not have"],
    ["2023-02-29T10:00:00Z", "February 29 outside a leap year"],
    ["2024-13-01T10:00:00Z", "month 13"],
    ["2024-04-03T24:00:00Z", "hour 24"],
    ["2024-04-03T10:00:00", "no time zone"],
    ["2024-04-03", "a date without a time"],
    ["April 3", "prose"],
    ["", "an empty string"],
    [1712138400000, "a number"],
    [null, "null"],
  ])("refuses %j (%s)", (value, why) => {
    expect(parseRfc3339(value), why).toBeNull();
  });
});
