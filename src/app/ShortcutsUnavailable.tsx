import { noticeBox, noticeButton } from "./notice-style";
import type { ShortcutsProps } from "./shortcuts-lazy";

/** Shown instead of the shortcuts dialog when its code could not be fetched (offline): a message, never nothing. */
export function ShortcutsUnavailable({ open, dispatch }: ShortcutsProps) {
  if (!open) return null;
  return (
    <div role="alert" className={`fixed inset-x-4 top-16 z-40 mx-auto max-w-md shadow-md ${noticeBox}`}>
      <p className="flex-1">
        The list of keyboard shortcuts could not be loaded. Reload the page to try again.
      </p>
      <button
        type="button"
        onClick={() => {
          dispatch({ type: "help-toggled", open: false });
        }}
        className={noticeButton}
      >
        Close
      </button>
    </div>
  );
}
