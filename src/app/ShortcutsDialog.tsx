import { shortcutDocs } from "../lib/keyboard/shortcuts";
import { memo, useEffect, useRef } from "react";
import type { ShortcutsProps } from "./shortcuts-lazy";

/**
 * The keyboard shortcuts, in a native modal dialog (focus trap, Escape and inert page for free). A chunk of its own
 * (shortcuts-lazy.ts), mounted the first time it opens, so it opens as it mounts. Memoised: the page re-renders on
 * every hover, focus and click, and the table never changes.
 */
export const ShortcutsDialog = memo(function ShortcutsDialog({ open, dispatch }: ShortcutsProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onClose = () => {
    dispatch({ type: "help-toggled", open: false });
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-paper p-0 text-ink shadow-xl backdrop:bg-black/50 dark:bg-paper-dark dark:text-ink-dark"
    >
      <div className="p-5">
        <h2 id="shortcuts-heading" className="font-sans text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <p className="mt-1 text-sm text-ink-muted dark:text-ink-muted-dark">
          They work anywhere on the page except while you type in a field.
        </p>
        <table className="mt-4 w-full font-sans text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {shortcutDocs.map((doc) => (
              <tr key={doc.key} className="border-t border-rule dark:border-rule-dark">
                <td className="py-2 pr-4 align-top">
                  <kbd className="rounded border border-rule bg-ink/5 px-1.5 py-0.5 font-mono text-xs dark:border-rule-dark dark:bg-ink-dark/10">
                    {doc.key}
                  </kbd>
                </td>
                <td className="py-2">{doc.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog" className="mt-5 text-right">
          <button
            type="submit"
            className="rounded-md bg-ink px-4 py-2 font-sans text-sm font-medium text-paper dark:bg-ink-dark dark:text-paper-dark"
          >
            Close
          </button>
        </form>
      </div>
    </dialog>
  );
});
