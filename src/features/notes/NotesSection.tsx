/** @jsxRuntime classic */
/** @jsx React.createElement */
import type { ReaderStore } from "../../lib/reader/store";
import { NotesPanel } from "./NotesPanel";
import { React } from "./react";
import type { NotesRuntime } from "./runtime";
import { headingClass, sectionClass, toggleClass } from "./section-style";

interface NotesSectionProps {
  runtime: NotesRuntime;
  /** The reader controller: the active note, requests to show one, and where choosing a note goes. */
  reader: ReaderStore;
  /** Open at first (the reader opened it, or has notes), and with focus on its heading if the reader opened it. */
  opened: { open: boolean; focus: boolean };
  /** Gives focus back to the article (a note being started was cancelled). */
  returnFocus: () => void;
}

/**
 * "Your notes" once the notes code has loaded, in place of NotesHeading.tsx: the heading opens and closes the
 * section; showing a note from the article (or starting one) opens it.
 */
export function NotesSection({ runtime, reader, opened, returnFocus }: NotesSectionProps) {
  const { state, requests } = React.useSyncExternalStore(reader.subscribe, reader.getSnapshot);
  const { notes } = React.useSyncExternalStore(runtime.store.subscribe, runtime.store.getSnapshot);
  const reveal = requests.revealNote;
  // Opened or closed by the reader as of reveal request `at`; a later reveal opens the section again.
  const [toggled, setToggled] = React.useState({ open: opened.open, at: 0 });
  const open = toggled.open || (reveal !== null && reveal.seq > toggled.at);
  const toggle = React.useRef<HTMLButtonElement>(null);

  React.useEffect(() => {
    if (opened.focus) toggle.current?.focus();
  }, [opened.focus]);

  return (
    <section aria-labelledby="notes-heading" className={sectionClass} data-open={open || undefined}>
      <h2 id="notes-heading" className={headingClass}>
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls="notes-body"
          onClick={() => {
            setToggled({ open: !open, at: reveal?.seq ?? 0 });
          }}
          className={toggleClass}
        >
          Your notes{notes.length > 0 ? ` (${notes.length})` : ""}
        </button>
      </h2>
      <div id="notes-body" className="min-h-0 overflow-y-auto overscroll-contain">
        <NotesPanel
          runtime={runtime}
          open={open}
          activeNoteId={state.target.kind === "note" ? state.target.noteId : null}
          revealRequest={reveal}
          dispatch={reader.dispatch}
          returnFocus={returnFocus}
        />
      </div>
    </section>
  );
}
