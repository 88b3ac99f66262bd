import { describe, expect, it } from "vitest";
import { normalisedDate } from "./iso-date";

/** What the date always meant: parsed and printed again. */
const longWay = (value: string) => {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

describe("normalisedDate", () => {
  it("keeps a date already in toISOString's form", () => {
    expect(normalisedDate("2024-05-01T12:00:00.000Z")).toBe("2024-05-01T12:00:00.000Z");
  });

  it("normalises other ISO 8601 forms, and refuses what is not a date", () => {
    expect(normalisedDate("2024-05-01T14:00:00+02:00")).toBe("2024-05-01T12:00:00.000Z");
    expect(normalisedDate("2024-05-01")).toBe("2024-05-01T00:00:00.000Z");
    expect(normalisedDate("yesterday")).toBeNull();
  });

  it("agrees with parsing and printing for every day, hour and edge the shortcut could get wrong", () => {
    const values: string[] = [];
    for (const year of ["0000", "1900", "2000", "2023", "2024", "2100", "9999"])
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          for (const time of [
            "00:00:00.000",
            "23:59:59.999",
            "24:00:00.000",
            "12:60:00.000",
            "12:00:60.000",
          ]) {
            values.push(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${time}Z`);
          }
        }
    for (const value of values) expect(normalisedDate(value), value).toBe(longWay(value));
  });
});
