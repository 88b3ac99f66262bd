// Drafts kept between visits: one localStorage entry per draft, written as the reader types (synchronously, so
// closing the tab a moment later loses nothing), under the article's id so each article keeps its own. One entry
// per draft, not one for all: two tabs writing different notes never overwrite each other's drafts.
import type { StoredDraft } from "../../lib/notes/state";
import { readStoredDraft } from "../../lib/notes/stored-draft";
import { DRAFT_KEY_PREFIX, storedKeys } from "./marker";

const keyOf = (source: string, noteId: string) => `${DRAFT_KEY_PREFIX}${source}:${noteId}`;

export function createDraftsStorage(source: string) {
  return {
    /** Every draft kept for the article; entries that do not read as drafts are left untouched. */
    readAll(): StoredDraft[] {
      const found: StoredDraft[] = [];
      const head = `${DRAFT_KEY_PREFIX}${source}:`;
      for (const key of storedKeys()) {
        if (!key.startsWith(head)) continue;
        try {
          const draft = readStoredDraft(
            JSON.parse(localStorage.getItem(key) ?? "null"),
            key.slice(head.length),
          );
          if (draft) found.push(draft);
        } catch (error) {
          console.warn(`A kept draft (${key}) could not be read; it is left as it is.`, error);
        }
      }
      return found;
    },
    /** Keeps `draft` (or forgets it, with null). False when storage refused (full, blocked). */
    write(noteId: string, draft: StoredDraft | null): boolean {
      try {
        if (draft) localStorage.setItem(keyOf(source, noteId), JSON.stringify(draft));
        else localStorage.removeItem(keyOf(source, noteId));
        return true;
      } catch {
        return false;
      }
    },
  };
}
