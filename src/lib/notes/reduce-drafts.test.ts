import { describe, expect, it } from "vitest";
import { CONFLICT_MESSAGE } from "./messages";
import { draftOf, ok, other, read, ready, run, save, saved, start, typed } from "./reduce-fixtures";
import type { NotesAction } from "./state";

const edit = (noteId: string): NotesAction => ({ type: "notes/edit", noteId });
const discard = (noteId: string): NotesAction => ({ type: "notes/discard", noteId });
const keep = (noteId: string, which: "mine" | "theirs"): NotesAction => ({
  type: "notes/resolve",
  noteId,
  keep: which,
});
const changedElsewhere = { ...saved, text: "their words", modified: "2024-05-09T00:00:00.000Z" };

describe("the notes controller: drafts are never lost", () => {
  it("starts a note as a draft on the passage: the list opens, its editor takes focus, the reader shows it", () => {
    const { state, effects } = run({ ...ready, open: false }, start);
    expect(state.open).toBe(true);
    expect(draftOf(state, "note-new")).toMatchObject({ isNew: true, text: "", base: null });
    expect(state.focus).toMatchObject({ target: "editor", noteId: "note-new" });
    expect(effects).toMatchObject([
      { type: "keep-draft", noteId: "note-new", draft: { text: "", isNew: true } },
      { type: "reader", action: { type: "note-clicked", noteId: "note-new" } },
    ]);
  });

  it("keeps every keystroke, and every draft when another editor opens or the section closes", () => {
    const typing = run(ready, start, typed("note-new", "half a thought"));
    expect(typing.effects).toMatchObject([
      { type: "keep-draft", noteId: "note-new", draft: { text: "half a thought" } },
    ]);
    expect(typing.effects).toHaveLength(1);
    const { state } = run(typing.state, edit(other.id), typed(other.id, "second"), {
      type: "notes/section-toggled",
    });
    expect(state.open).toBe(false);
    expect(state.drafts.map((d) => [d.note.id, d.text])).toEqual([
      ["note-new", "half a thought"],
      [other.id, "second"],
    ]);
  });

  it("saves a new note only once storage accepts it; the editor closes and focus goes to the note", () => {
    const asked = run(ready, start, typed("note-new", "Mine."), save("note-new"));
    expect(asked.effects).toEqual([
      expect.objectContaining({ type: "store-notes", expect: { "note-new": null } }),
    ]);
    expect(draftOf(asked.state, "note-new")).toMatchObject({ saving: true });
    const { state, effects } = run(asked.state, ok(asked.state.seq));
    expect(state.drafts).toEqual([]);
    expect(state.notes.find((p) => p.note.id === "note-new")?.note).toMatchObject({
      text: "Mine.",
      created: "2024-06-02T00:00:00.000Z",
    });
    expect(state.focus).toMatchObject({ target: "entry", noteId: "note-new" });
    expect(state.status.message).toBe("Note saved.");
    expect(effects[0]).toEqual({ type: "keep-draft", noteId: "note-new", draft: null });
  });

  it("keeps a note too long in its box, with the reason", () => {
    const { state, effects } = run(ready, start, typed("note-new", "x".repeat(2_010)), save("note-new"));
    expect(draftOf(state, "note-new")?.error).toBe(
      "The note is 10 characters too long: a note holds up to 2000.",
    );
    expect(effects).toEqual([]);
  });

  it("discards only on the reader's own Cancel or Escape, with Undo, which brings the draft back where it was", () => {
    const discarded = run(ready, start, typed("note-new", "keep me"), discard("note-new"));
    expect(discarded.state.drafts).toEqual([]);
    expect(discarded.state.status).toMatchObject({ message: "Note discarded.", undo: { kind: "draft" } });
    expect(discarded.effects.slice(0, 3)).toEqual([
      { type: "keep-draft", noteId: "note-new", draft: null },
      { type: "reader", action: { type: "note-removed", noteId: "note-new" } },
      { type: "reader", action: { type: "article-refocused" } },
    ]);
    const back = run(discarded.state, { type: "notes/undo" });
    expect(draftOf(back.state, "note-new")?.text).toBe("keep me");
    expect(back.state.focus).toMatchObject({ target: "editor", noteId: "note-new" });
    // An empty draft cancelled is simply gone: nothing to undo.
    expect(run(ready, start, discard("note-new")).state.status.undo).toBeNull();
  });

  it("saves an edit only if storage still holds the version it began from; an unchanged one saves nothing", () => {
    const asked = run(ready, edit(saved.id), typed(saved.id, "second thoughts"), save(saved.id));
    expect(asked.effects).toEqual([
      expect.objectContaining({ type: "store-notes", expect: { [saved.id]: saved.modified } }),
    ]);
    const same = run(ready, edit(saved.id), save(saved.id));
    expect(same.state).toMatchObject({ drafts: [], status: { message: "Note unchanged." } });
    expect(same.state.focus).toMatchObject({ target: "edit", noteId: saved.id });
  });

  it("shows another tab's change to a note being edited here, and saves nothing until the reader chooses", () => {
    const editing = run(ready, edit(saved.id), typed(saved.id, "my words")).state;
    const { state } = run(editing, read([changedElsewhere, other]), save(saved.id));
    expect(draftOf(state, saved.id)).toMatchObject({
      text: "my words",
      conflict: { theirs: changedElsewhere },
      error: CONFLICT_MESSAGE,
    });
    const mine = run(state, keep(saved.id, "mine"), save(saved.id));
    expect(mine.effects).toEqual([
      expect.objectContaining({
        expect: { [saved.id]: changedElsewhere.modified },
        put: [expect.objectContaining({ text: "my words" })],
      }),
    ]);
    const theirs = run(state, keep(saved.id, "theirs")).state;
    expect(theirs.drafts).toEqual([]);
    expect(theirs.status).toMatchObject({
      message: "The other tab's version is kept.",
      undo: { kind: "draft" },
    });
  });

  it("lets a note deleted in another tab while edited here be kept as a new note", () => {
    const editing = run(ready, edit(saved.id), typed(saved.id, "still mine")).state;
    const { state } = run(editing, read([other]), keep(saved.id, "mine"), save(saved.id));
    expect(state.drafts[0]).toMatchObject({ conflict: null, base: null, saving: true });
    const { state: after } = run(state, ok(state.seq));
    expect(after.notes.find((p) => p.note.id === saved.id)?.note.text).toBe("still mine");
  });

  it("keeps the draft when storage refuses a save because another tab got there first", () => {
    const asked = run(ready, edit(saved.id), typed(saved.id, "mine"), save(saved.id)).state;
    const { state } = run(asked, {
      type: "notes/stored",
      request: asked.seq,
      answer: { ok: false, fault: "conflict" },
    });
    expect(draftOf(state, saved.id)).toMatchObject({ text: "mine", saving: false, error: CONFLICT_MESSAGE });
  });

  it("brings drafts kept from an earlier visit back, open; one another tab saved with the same words is done", () => {
    const kept = {
      note: { ...saved, id: "note-kept" },
      isNew: true,
      range: null,
      base: null,
      text: "from before",
    };
    const done = { note: other, isNew: true, range: null, base: null, text: other.text };
    const { state, effects } = run({ phase: "loading" }, read([saved, other], { drafts: [kept, done] }));
    expect(state.open).toBe(true);
    expect(state.drafts.map((d) => [d.note.id, d.text])).toEqual([["note-kept", "from before"]]);
    expect(effects).toEqual([{ type: "keep-draft", noteId: other.id, draft: null }]);
  });
});
