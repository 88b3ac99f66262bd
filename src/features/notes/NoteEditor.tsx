/** @jsxRuntime classic */
/** @jsx React.createElement */
/** @jsxFrag React.Fragment */
import { React } from "./react";
import { NOTE_MAX_LENGTH } from "../../lib/notes/types";

interface NoteEditorProps {
  initial: string;
  /** The passage the note is on, to name the field for assistive technology. */
  subject: string;
  /** Saves; resolves to why it could not (the text then stays in the box), or null once saved. */
  onSave: (text: string) => Promise<string | null>;
  onCancel: () => void;
}

const button =
  "rounded-md border border-rule px-3 py-1 font-sans text-sm font-medium text-ink hover:bg-ink/5 disabled:opacity-60 dark:border-rule-dark dark:text-ink-dark dark:hover:bg-ink-dark/10";

/**
 * A plain-text box for a note: Save or Ctrl/⌘+Enter saves, Cancel or Escape cancels. Whatever goes wrong on saving
 * (storage full, too long), the text stays in the box with the reason beside it.
 */
export function NoteEditor({ initial, subject, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = React.useState(initial);
  const [error, setError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const field = React.useRef<HTMLTextAreaElement>(null);
  const id = React.useId();
  const over = text.length - NOTE_MAX_LENGTH;

  React.useEffect(() => {
    field.current?.focus();
  }, []);

  async function save() {
    if (saving) return;
    setSaving(true);
    const failure = await onSave(text);
    setSaving(false);
    setError(failure);
  }

  return (
    <form
      className="mt-2 space-y-2 font-sans"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        Your note<span className="sr-only"> on {subject}</span>
      </label>
      <textarea
        ref={field}
        id={id}
        rows={4}
        value={text}
        aria-invalid={over > 0 || undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        onChange={(event) => {
          setText(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          } else if (event.key === "Escape") {
            // The reader's Escape (clear the active quote) must not fire as well.
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
        }}
        className="block w-full resize-y rounded-md border border-rule bg-paper px-2 py-1.5 text-[0.95rem] text-ink dark:border-rule-dark dark:bg-paper-dark dark:text-ink-dark"
      />
      <p id={`${id}-count`} className="text-xs text-ink-muted dark:text-ink-muted-dark">
        {text.length.toLocaleString("en-US")} / {NOTE_MAX_LENGTH.toLocaleString("en-US")} characters
        {over > 0 ? `: ${over.toLocaleString("en-US")} too many` : ""}. Ctrl+Enter (⌘+Enter) saves, Escape
        cancels.
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-rose-800 dark:text-rose-300">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={button} disabled={saving}>
          Save
        </button>
        <button type="button" className={button} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
