import { lazy, Suspense, useSyncExternalStore } from "react";
import type { ReaderStore } from "../../lib/reader/store";
import type { NotesArticle } from "./notes-article";
import { headingClass, sectionClass, toggleClass } from "./section-style";
import { loadNotesCode, useNotesLoader } from "./use-notes-loader";

// The list, editors and status line come with the notes' code; the heading is here from the first paint, so the
// element that has focus (the toggle) is the same before and after that code arrives.
const NotesPanel = lazy(() => loadNotesCode().then(([, panel]) => ({ default: panel.NotesPanel })));

interface NotesSectionProps {
  /** The reader controller: the notes' state, and where every command about them goes. */
  store: ReaderStore;
  article: NotesArticle;
}

/** "Your notes": a heading that opens and closes the section, and, once wanted, the notes themselves. */
export function NotesSection({ store, article }: NotesSectionProps) {
  const read = () => store.getSnapshot().notes;
  const notes = useSyncExternalStore(store.subscribe, read, read);
  useNotesLoader(store, article);
  const { open, phase } = notes;
  const count = notes.notes.length;

  return (
    <section
      aria-labelledby="notes-heading"
      aria-busy={phase === "loading"}
      className={`no-app:hidden ${sectionClass}`}
      data-open={open || undefined}
    >
      <h2 id="notes-heading" className={headingClass}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="notes-body"
          onClick={() => {
            store.dispatch({ type: "notes/section-toggled" });
          }}
          className={toggleClass}
        >
          Your notes{count > 0 ? ` (${count})` : ""}
        </button>
      </h2>
      <div id="notes-body" className="min-h-0 overflow-y-auto overscroll-contain">
        {phase === "idle" ? null : (
          <Suspense fallback={open ? <p className={waiting}>Loading your notes…</p> : null}>
            <NotesPanel store={store} notes={notes} article={article} />
          </Suspense>
        )}
      </div>
    </section>
  );
}

const waiting = "px-4 pb-3 font-sans text-sm text-ink-muted dark:text-ink-muted-dark";
