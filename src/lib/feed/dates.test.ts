import { describe, expect, it } from "vitest";
import { parseRfc3339 } from "./dates";
import { parseRfc822 } from "./rfc822";

describe("parseRfc3339", () => {
  it.each([
    ["2024-04-03T10:00:00Z", Date.UTC(2024, 3, 3, 10)],
    ["2024-04-03T12:00:00+02:00", Date.UTC(2024, 3, 3, 10)],
    ["2024-04-03T10:00:00.250Z", Date.UTC(2024, 3, 3, 10, 0, 0, 250)],
    ["2024-04-03t10:00:00z", Date.UTC(2024, 3, 3, 10)],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
    ["2024-04-03T04:30:00-05:30", Date.UTC(2024, 3, 3, 10)],
    ["2000-02-29 10:00:00.1234+00:00", Date.UTC(2000, 1, 29, 10, 0, 0, 123)],
    ["0050-01-01T00:00:00Z", new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(50)],
  ])("reads %s", (value, expected) => {
    expect(parseRfc3339(value)).toBe(expected);
  });

  it.each([
    ["2024-02-30T10:00:00Z", "a day the month does not have"],
    ["2023-02-29T10:00:00Z", "February 29 outside a leap year"],
    ["2024-13-01T10:00:00Z", "month 13"],
    ["1900-02-29T10:00:00Z", "February 29 in a century year that is not a leap year"],
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

describe("parseRfc822", () => {
  it.each([
    ["Wed, 03 Apr 2024 10:00:00 GMT", Date.UTC(2024, 3, 3, 10)],
    ["3 Apr 2024 10:00 GMT", Date.UTC(2024, 3, 3, 10)],
    ["Wed, 03 Apr 2024 12:00:00 +0200", Date.UTC(2024, 3, 3, 10)],
    ["Wed, 03 Apr 2024 05:00:00 EST", Date.UTC(2024, 3, 3, 10)],
    ["  wed, 03 apr 2024 10:00:00 z  ", Date.UTC(2024, 3, 3, 10)],
    ["Thu, 29 Feb 2024 00:00:00 UT", Date.UTC(2024, 1, 29)],
  ])("reads %s", (value, expected) => {
    expect(parseRfc822(value)).toBe(expected);
  });

  it.each([
    ["Wed, 03 Apr 24 10:00:00 GMT", "a two-digit year"],
    ["Wed, 30 Feb 2024 10:00:00 GMT", "a day the month does not have"],
    ["Wed, 03 Apr 2024 24:00:00 GMT", "hour 24"],
    ["Wed, 03 Apr 2024 10:00:00", "no zone"],
    ["Wed, 03 Apr 2024 10:00:00 A", "a military zone letter"],
    ["Wed, 03 Foo 2024 10:00:00 GMT", "an unknown month"],
    ["2024-04-03T10:00:00Z", "RFC 3339, not RSS's format"],
    ["", "an empty string"],
    [null, "null"],
  ])("refuses %j (%s)", (value, why) => {
    expect(parseRfc822(value), why).toBeNull();
  });
});
