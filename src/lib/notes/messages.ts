import { counted } from "../plural";
import type { MergeResult } from "./merge";
import type { Persistence } from "./state";
import type { FaultKind } from "./storage";

/** Why a change could not be saved (or deleted), and what the reader can do. */
export function describeFailure(kind: FaultKind, count: number, verb: "save" | "delete" = "save"): string {
  const what = count === 1 ? "it" : `these ${counted(count, "note")}`;
  if (kind === "quota") {
    return `Your browser's storage for this site is full, so ${what} could not be saved. Export your notes, delete some, and try again.`;
  }
  return `The browser could not ${verb} ${what}. Try again; if it keeps failing, export your notes to keep a copy.`;
}

/** What an import did, in one sentence or two. */
export function describeImport(merged: MergeResult, orphans: number): string {
  const parts = [`Imported ${counted(merged.added.length, "note")}`];
  if (merged.updated.length > 0)
    parts.push(`updated ${counted(merged.updated.length, "note")} with later edits`);
  if (merged.unchanged > 0)
    parts.push(`${counted(merged.unchanged, "note was", "notes were")} already saved`);
  const sentence = `${parts.join("; ")}.`;
  if (orphans === 0) return sentence;
  return `${sentence} ${counted(orphans, "of them is", "of them are")} not found in the text and listed at the end.`;
}

/**
 * What was done with a note or highlight, in words that agree with where it is kept: a reader whose browser
 * refuses storage is never told "saved" beside the notice that notes last only until the tab closes.
 */
export function describeKept(what: "Note" | "Highlight", persistence: Persistence): string {
  if (persistence === "session") return `${what} kept until this tab is closed.`;
  return what === "Highlight" ? "Highlight saved in Your notes." : "Note saved.";
}

/** A Save refused because another tab changed or deleted the note since its editor opened. */
export const CONFLICT_MESSAGE =
  "Another tab changed this note since you began editing it. Choose which version to keep, then save.";

/** Nothing of the article is selected (only white space, or outside the text). */
export const NOTHING_SELECTED = "Select some words of the article to highlight them.";
