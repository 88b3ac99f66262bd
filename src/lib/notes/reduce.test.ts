import { describe, expect, it } from "vitest";
import { text } from "./fixtures";
import { describeFailure } from "./messages";
import {
  AT,
  answered,
  draftOf,
  fresh,
  highlight,
  ok,
  other,
  placed,
  read,
  ready,
  run,
  save,
  saved,
  start,
  typed,
} from "./reduce-fixtures";
import type { NotesAction } from "./state";
import { UNDO_MS } from "./transition";

describe("the notes controller: commands and storage", () => {
  it("waits with commands given before the saved notes are read, then runs them in order", () => {
    const waiting = run({}, highlight());
    expect(waiting.state).toMatchObject({ phase: "loading", waiting: [highlight()] });
    expect(waiting.effects).toEqual([{ type: "load-notes" }]);
    const { state, effects } = run(waiting.state, read([other]));
    expect(state.phase).toBe("ready");
    expect(effects).toEqual([
      expect.objectContaining({ type: "store-notes", put: [expect.objectContaining({ id: "note-new" })] }),
    ]);
  });

  it("shows a highlight only once storage has accepted it, then gives focus back to the article", () => {
    const asked = run({ phase: "ready" }, highlight());
    expect(asked.state.notes).toEqual([]);
    expect(asked.effects).toEqual([
      {
        type: "store-notes",
        request: 1,
        put: [expect.objectContaining({ id: "note-new", text: "" })],
        remove: [],
        expect: { "note-new": null },
      },
    ]);
    const { state, effects } = run(asked.state, ok(1));
    expect(state.notes.map((p) => p.note.id)).toEqual(["note-new"]);
    expect(state.status).toMatchObject({ message: "Highlight saved in Your notes.", failed: false });
    expect(effects).toEqual([{ type: "reader", action: { type: "article-refocused" } }]);
    // By key (h), focus and caret stay in the text.
    expect(run({ phase: "ready" }, highlight(true), ok(1)).effects).toEqual([]);
  });

  it("refuses a passage already highlighted, and white space alone", () => {
    const again = run(
      { phase: "ready", notes: [{ ...placed(fresh()), note: { ...fresh(), id: "x" } }] },
      highlight(),
    );
    expect(again.state.status).toMatchObject({
      message: "That passage is already highlighted.",
      failed: true,
    });
    const space = text.indexOf(" ");
    const blank = run(
      { phase: "ready" },
      {
        type: "notes/highlight",
        byKey: false,
        id: "note-new",
        at: AT,
        range: { start: space, end: space + 1 },
      },
    );
    expect(blank.state.status.failed).toBe(true);
    expect(blank.effects).toEqual([]);
  });

  it("never says saved when storage cannot be used: the notes are kept for this tab, and said to be", () => {
    const { state, effects } = run({ phase: "ready", persistence: "session" }, highlight(true));
    expect(state.notes).toHaveLength(1);
    expect(state.status.message).toBe("Highlight kept until this tab is closed.");
    expect(effects).toEqual([]);
    const saving = run({ phase: "ready" }, start, typed("note-new", "mine"), save("note-new")).state;
    const gone = run(saving, answered(saving, { ok: false, fault: "unavailable" }));
    expect(gone.state).toMatchObject({ persistence: "session", drafts: [] });
    expect(gone.state.status.message).toBe("Note kept until this tab is closed.");
  });

  it("keeps a draft whose save storage refused, with the reason beside it", () => {
    const saving = run(
      { phase: "ready" },
      start,
      typed("note-new", "Do not lose me."),
      save("note-new"),
    ).state;
    const { state } = run(saving, answered(saving, { ok: false, fault: "quota" }));
    expect(draftOf(state, "note-new")).toMatchObject({
      text: "Do not lose me.",
      saving: false,
      error: describeFailure("quota", 1),
    });
    expect(state.notes).toEqual([]);
  });

  it("deletes a note once storage agrees, offers Undo with focus on it, and Undo brings the note back", () => {
    const deleted = run(ready, { type: "notes/delete", noteId: saved.id }, ok(1));
    expect(deleted.state.notes.map((p) => p.note.id)).toEqual([other.id]);
    expect(deleted.state.status).toMatchObject({ message: "Note deleted.", undo: { kind: "note" } });
    expect(deleted.state.focus).toMatchObject({ target: "undo" });
    expect(deleted.effects).toEqual([
      { type: "reader", action: { type: "note-removed", noteId: saved.id } },
      { type: "later", ms: UNDO_MS, action: { type: "notes/undo-expired", seq: deleted.state.status.seq } },
    ]);
    const back = run(deleted.state, { type: "notes/undo" });
    expect(back.effects).toEqual([
      expect.objectContaining({ type: "store-notes", put: [saved], expect: { [saved.id]: null } }),
    ]);
    const restored = run(back.state, ok(back.state.seq));
    expect(restored.state.notes.map((p) => p.note.id)).toContain(saved.id);
    expect(restored.state.status.message).toBe("Note restored.");
  });

  it("lets Undo expire, but only for the status that offered it", () => {
    const deleted = run(ready, { type: "notes/delete", noteId: saved.id }, ok(1)).state;
    const stale = run(deleted, { type: "notes/undo-expired", seq: deleted.status.seq - 1 });
    expect(stale.state.status.undo).not.toBeNull();
    expect(
      run(deleted, { type: "notes/undo-expired", seq: deleted.status.seq }).state.status.undo,
    ).toBeNull();
  });

  it("merges an import, saves its changes in one request, and reports what was refused", () => {
    const refused = [{ item: 3, id: null, problems: ["target: missing: a note marks one passage"] }];
    const file: NotesAction = {
      type: "notes/import-read",
      file: "mine.json",
      read: { ok: true, notes: [placed(saved), placed(fresh("new"))], refused },
    };
    const asked = run(ready, file);
    expect(asked.effects).toEqual([
      expect.objectContaining({ type: "store-notes", put: [fresh("new")], expect: {} }),
    ]);
    const { state } = run(asked.state, ok(1));
    expect(state.status).toMatchObject({
      message: "Imported 1 note; 1 note was already saved. 1 refused (below).",
      refused,
    });
    expect(state.notes).toHaveLength(3);
    const whole = run(ready, {
      type: "notes/import-read",
      file: "x.json",
      read: { ok: false, message: "The file is not JSON." },
    });
    expect(whole.state.status).toMatchObject({
      message: "x.json was not imported. The file is not JSON.",
      failed: true,
    });
  });

  it("ignores an answer it did not ask for, and hands the notes over to export as they are", () => {
    expect(run(ready, ok(42)).state).toMatchObject(ready);
    expect(run(ready, { type: "notes/export", format: "markdown" }).effects).toEqual([
      { type: "export-notes", format: "markdown", notes: ready.notes },
    ]);
  });

  it("says when the notes' code could not be loaded, and tries again when the section is opened", () => {
    const failed = run({ phase: "loading" }, { type: "notes/unavailable" });
    expect(failed.state).toMatchObject({ phase: "failed", status: { failed: true } });
    const retried = run(failed.state, { type: "notes/section-toggled" });
    expect(retried.state).toMatchObject({ phase: "loading", open: true });
    expect(retried.effects).toEqual([{ type: "load-notes" }]);
  });

  it("opens on a note shown from the article, and clears a focus request once performed", () => {
    const shown = run({ ...ready, open: false }, { type: "notes/shown", noteId: other.id }).state;
    expect(shown).toMatchObject({ open: true, reveal: { noteId: other.id } });
    const editing = run(ready, { type: "notes/edit", noteId: saved.id }).state;
    const seq = editing.focus?.seq ?? -1;
    expect(run(editing, { type: "notes/focused", seq: seq - 1 }).state.focus).not.toBeNull();
    expect(run(editing, { type: "notes/focused", seq }).state.focus).toBeNull();
  });
});
