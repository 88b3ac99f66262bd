import { describe, expect, it } from "vitest";
import { noteOn } from "./fixtures";
import { mergeNotes } from "./merge";

const a = noteOn("the equipment is often bad", "first", "note-00000000000a");
const b = noteOn("liberate more land", "", "note-00000000000b");

describe("mergeNotes", () => {
  it("adds notes not saved yet", () => {
    expect(mergeNotes([a], [b])).toEqual({ added: [b], updated: [], unchanged: 0 });
  });

  it("counts a note already saved, by id or by passage and text, as unchanged", () => {
    const sameContent = { ...a, id: "note-0000000000ff" };
    expect(mergeNotes([a, b], [a, sameContent, b])).toEqual({ added: [], updated: [], unchanged: 3 });
  });

  it("replaces a saved note only with a later edit of itself", () => {
    const later = { ...a, text: "second", modified: "2024-06-01T00:00:00.000Z" };
    const earlier = { ...a, text: "zeroth", modified: "2024-04-01T00:00:00.000Z" };
    expect(mergeNotes([a], [later])).toEqual({ added: [], updated: [later], unchanged: 0 });
    expect(mergeNotes([a], [earlier])).toEqual({ added: [], updated: [], unchanged: 1 });
  });

  it("keeps two different notes on one passage", () => {
    const other = { ...a, id: "note-0000000000cc", text: "another thought" };
    expect(mergeNotes([a], [other]).added).toEqual([other]);
  });

  it("merges duplicates inside the file too", () => {
    const later = { ...b, text: "edited", modified: "2024-06-01T00:00:00.000Z" };
    expect(mergeNotes([], [b, b, later])).toEqual({ added: [later], updated: [], unchanged: 1 });
  });
});
