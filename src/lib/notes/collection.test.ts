import { describe, expect, it } from "vitest";
import { entriesOf, recordsOf, withRecords, withoutRecord } from "./collection";

const a = { id: "note-a", record: { id: "note-a", text: "one" } };
const b = { id: "note-b", record: { id: "note-b" } };

describe("the stored collection of notes", () => {
  it("reads nothing stored as no entries, and a value of another shape as one entry kept as it is", () => {
    expect(entriesOf(undefined)).toEqual([]);
    expect(entriesOf([a])).toEqual([a]);
    expect(entriesOf("damaged")).toEqual(["damaged"]);
  });

  it("hands over each entry's record, and an entry of another shape itself, to be counted unreadable", () => {
    expect(recordsOf([a, 42, { record: "no id" }, b])).toEqual([a.record, 42, { record: "no id" }, b.record]);
  });

  it("replaces an entry in place, adds new ones at the end, and keeps entries it cannot read", () => {
    const edited = { id: "note-a", record: { id: "note-a", text: "two" } };
    const c = { id: "note-c", record: { id: "note-c" } };
    expect(withRecords([a, "damaged", b], [c, edited])).toEqual([edited, "damaged", b, c]);
  });

  it("removes one entry by id and nothing else", () => {
    expect(withoutRecord([a, "damaged", b], "note-a")).toEqual(["damaged", b]);
    expect(withoutRecord([a, b], "note-z")).toEqual([a, b]);
  });
});
