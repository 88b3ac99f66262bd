import type { ReaderAction } from "../lib/reader/state";

/** What the shortcuts dialog, or this stand-in, is given. */
export interface ShortcutsProps {
  open: boolean;
  dispatch: (action: ReaderAction) => void;
}

/** Shown instead of the shortcuts dialog when its code could not be fetched (offline): a message, never nothing. */
export function ShortcutsUnavailable({
  open,
  dispatch,
}: {
  open: boolean;
  dispatch: (action: ReaderAction) => void;
}) {
  if (!open) return null;
  return (
    <div
      role="alert"
      className="fixed inset-x-4 top-16 z-40 mx-auto flex max-w-md items-start gap-3 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 font-sans text-sm text-ink shadow-md dark:border-amber-400 dark:bg-amber-950 dark:text-ink-dark"
    >
      <p className="flex-1">
        The list of keyboard shortcuts could not be loaded. Reload the page to try again.
      </p>
      <button
        type="button"
        onClick={() => {
          dispatch({ type: "help-toggled", open: false });
        }}
        className="rounded-md border border-current px-2 py-1 font-medium hover:bg-ink/5 pointer-coarse:min-h-11"
      >
        Close
      </button>
    </div>
  );
}
