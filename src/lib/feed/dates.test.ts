import { describe, expect, it } from "vitest";
import { parseRfc3339, parseW3cDtf } from "./dates";
import { parseFeedDate, parseRfc822 } from "./rfc822";

const at = (ms: number) => ({ ms, precision: "time" });

describe("parseW3cDtf", () => {
  it.each([
    ["2024-04-03T10:00:00Z", Date.UTC(2024, 3, 3, 10)],
    ["2024-04-03T12:00:00+02:00", Date.UTC(2024, 3, 3, 10)],
    ["2024-04-03T12:00+0200", Date.UTC(2024, 3, 3, 10)],
    ["2024-04-03T10:00:00.250Z", Date.UTC(2024, 3, 3, 10, 0, 0, 250)],
    ["2024-04-03t10:00:00z", Date.UTC(2024, 3, 3, 10)],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
    ["2024-04-03T04:30:00-05:30", Date.UTC(2024, 3, 3, 10)],
    ["2000-02-29 10:00:00.1234+00:00", Date.UTC(2000, 1, 29, 10, 0, 0, 123)],
    ["2004-07-08 23:56:58 -00:20", Date.UTC(2004, 6, 9, 0, 16, 58)],
    ["0050-01-01T00:00:00Z", new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(50)],
  ])("reads %s to the second", (value, expected) => {
    expect(parseW3cDtf(value)).toEqual(at(expected));
  });

  it("reads a date without a time as that day, a month or a year alone as that month or year", () => {
    expect(parseW3cDtf("2024-04-03")).toEqual({ ms: Date.UTC(2024, 3, 3), precision: "day" });
    expect(parseW3cDtf("2024-04")).toEqual({ ms: Date.UTC(2024, 3, 1), precision: "month" });
    expect(parseW3cDtf("2024")).toEqual({ ms: Date.UTC(2024, 0, 1), precision: "year" });
  });

  it.each([
    ["2024-02-30T10:00:00Z", "a day the month does not have"],
    ["2023-02-29", "February 29 outside a leap year"],
    ["2024-13-01T10:00:00Z", "month 13"],
    ["1900-02-29T10:00:00Z", "February 29 in a century year that is not a leap year"],
    ["2024-04-03T24:00:00Z", "hour 24"],
    ["2024-04-03T10:00:00+24:00", "an offset of a day"],
    ["2024-04-03T10:00:00", "a time without a zone: its moment is unknown"],
    ["2013-01-28T11:30:00-06:00Textra", "something after the zone"],
    ["22013", "a five-digit year"],
    ["April 3", "prose"],
    ["", "an empty string"],
    [1712138400000, "a number"],
    [null, "null"],
  ])("refuses %j (%s)", (value, why) => {
    expect(parseW3cDtf(value), why).toBeNull();
  });

  it("as RFC 3339 (JSON Feed), wants a time", () => {
    expect(parseRfc3339("2024-04-03T10:00:00Z")).toBe(Date.UTC(2024, 3, 3, 10));
    expect(parseRfc3339("2024-04-03")).toBeNull();
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
    ["Sat, 06 Apr 24 10:00:00 GMT", Date.UTC(2024, 3, 6, 10)],
    ["Mon, 06 Apr 98 10:00:00 GMT", Date.UTC(1998, 3, 6, 10)],
    ["Mon, 13 Feb, 2012 06:28:00 UTC", Date.UTC(2012, 1, 13, 6, 28)],
    ["Fri,24 Nov 2023 18:28:36 -0000", Date.UTC(2023, 10, 24, 18, 28, 36)],
    ["Mon, 26 January 2004 16:31:00 GMT", Date.UTC(2004, 0, 26, 16, 31)],
    ["Thu Aug 30 2012 17:26:16 +0200", Date.UTC(2012, 7, 30, 15, 26, 16)],
    ["Sun Jul 15 01:16:00 +0000 2012", Date.UTC(2012, 6, 15, 1, 16)],
    ["Sunday, 06-Nov-94 08:49:37 GMT", Date.UTC(1994, 10, 6, 8, 49, 37)],
    ["Wed, 19 Feb 2012 22:40:00 GMT-01:01", Date.UTC(2012, 1, 19, 23, 41)],
    ["Wed, 19 Aug 2009 18:28:00 Etc/GMT", Date.UTC(2009, 7, 19, 18, 28)],
    ["Thu, 30 Apr 2015 08:57:00 MET", Date.UTC(2015, 3, 30, 7, 57)],
    ["Thu, 30 Apr 2015 08:57:00 MEST", Date.UTC(2015, 3, 30, 6, 57)],
    ["Wed, 03 Apr 2024 12:00:00 CEST", Date.UTC(2024, 3, 3, 10)],
    ["Wed, 03 Apr 2024 10:00:00 +0000 (UTC)", Date.UTC(2024, 3, 3, 10)],
  ])("reads %s", (value, expected) => {
    expect(parseRfc822(value)).toEqual(at(expected));
  });

  it("reads ET, CT, MT and PT by the region's daylight-saving rules of that date", () => {
    expect(parseRfc822("Mon, 26 Jan 2004 16:31:00 ET")).toEqual(at(Date.UTC(2004, 0, 26, 21, 31)));
    expect(parseRfc822("Mon, 26 Jul 2004 16:31:00 ET")).toEqual(at(Date.UTC(2004, 6, 26, 20, 31)));
    expect(parseRfc822("Mon, 26 Jan 2004 16:31:00 PT")).toEqual(at(Date.UTC(2004, 0, 27, 0, 31)));
    expect(parseRfc822("Mon, 26 Jul 2004 16:31:00 PT")).toEqual(at(Date.UTC(2004, 6, 26, 23, 31)));
  });

  it("leaves undated the hour that happens twice when clocks go back, and the hour they skip", () => {
    expect(parseRfc822("Sun, 03 Nov 2024 01:30:00 ET")).toBeNull();
    expect(parseRfc822("Sun, 10 Mar 2024 02:30:00 ET")).toBeNull();
    expect(parseRfc822("Sun, 03 Nov 2024 03:30:00 ET")).toEqual(at(Date.UTC(2024, 10, 3, 8, 30)));
  });

  it("reads a date without a time as that day", () => {
    expect(parseRfc822("Thu, 01 Jan 2004")).toEqual({ ms: Date.UTC(2004, 0, 1), precision: "day" });
  });

  it.each([
    ["Wed, 30 Feb 2024 10:00:00 GMT", "a day the month does not have"],
    ["Sun, 99 Jun 2009 12:00:00 GMT", "day 99"],
    ["Wed, 03 Apr 2024 24:00:00 GMT", "hour 24"],
    ["Wed, 03 Apr 2024 10:00:00", "no zone"],
    ["Sun Jan  4 16:29:06 2004", "asctime, which has no zone"],
    ["Wed, 03 Apr 2024 10:00:00 A", "a military zone letter"],
    ["Wed, 03 Apr 2024 10:00:00 IST", "IST: India, Ireland or Israel"],
    ["Wed, 03 Apr 2024 10:00:00 AST", "AST: Atlantic or Arabia"],
    ["Sun, 31 Dec 9999 23:59:59 -9999", "an offset of 99 hours"],
    ["Sun, 16 Dec 2012 11:47:32 +zz:00", "an offset that is not a number"],
    ["Sun, 16 Dec 2012 1:2:3:4 GMT", "a time with four parts"],
    ["Wed, 03 Foo 2024 10:00:00 GMT", "an unknown month"],
    ["Sun, Dec x 2012 11:47:32 GMT", "no day"],
    ["2024-04-03T10:00:00Z", "W3C-DTF, read by parseW3cDtf"],
    ["", "an empty string"],
    [null, "null"],
  ])("refuses %j (%s)", (value, why) => {
    expect(parseRfc822(value), why).toBeNull();
  });

  it("parseFeedDate reads either format, whichever element it is in", () => {
    expect(parseFeedDate("2024-04-03T10:00:00Z")).toEqual(at(Date.UTC(2024, 3, 3, 10)));
    expect(parseFeedDate("Wed, 03 Apr 2024 10:00:00 GMT")).toEqual(at(Date.UTC(2024, 3, 3, 10)));
  });
});
