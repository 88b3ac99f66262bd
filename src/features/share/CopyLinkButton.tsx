import { useEffect, useId, useRef } from "react";
import { useCanShare, useCopyLink, useHydrated } from "./use-copy-link";

export interface CopyLinkButtonProps {
  /** Builds the absolute URL when the reader asks for it (never during render: the page is prerendered). */
  getUrl: () => string;
  /** What the link leads to, completing the buttons' names for screen readers: "Copy link to {subject}". */
  subject: string;
  /** The title offered to the share sheet. */
  shareTitle: string;
  className?: string;
}

const buttonClasses =
  "inline-flex min-h-6 min-w-6 items-center rounded px-1.5 py-0.5 pointer-coarse:min-h-11 pointer-coarse:min-w-11 pointer-coarse:px-3 pointer-coarse:text-sm font-sans text-xs font-medium text-accent underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-accent-dark";

/**
 * "Copy link" (and "Share" where the Web Share API exists), once the app runs. Confirms in a polite status line
 * (there from the first paint, as live regions must be); if the clipboard is refused, shows the link selected in a
 * read-only field to copy by hand.
 */
export function CopyLinkButton({ getUrl, subject, shareTitle, className = "" }: CopyLinkButtonProps) {
  const { state, copy, share, dismiss } = useCopyLink(getUrl, shareTitle);
  const hydrated = useHydrated();
  const canShare = useCanShare();
  const field = useRef<HTMLInputElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const manualUrl = state.step === "manual" ? state.url : null;

  // The field is going away: focus returns to the control that opened it.
  function closeField() {
    dismiss();
    copyButton.current?.focus();
  }

  // Select the link as soon as it is shown, so Ctrl+C is all that is left to do.
  useEffect(() => {
    if (manualUrl === null) return;
    field.current?.focus();
    field.current?.select();
  }, [manualUrl]);

  return (
    // As tall before the button arrives as after: nothing moves when the app takes over.
    <span
      className={`inline-flex min-h-6 flex-wrap items-center gap-x-2 gap-y-1 pointer-coarse:min-h-11 ${className}`}
    >
      {hydrated && (
        <button ref={copyButton} type="button" className={buttonClasses} onClick={() => void copy()}>
          Copy link <span className="sr-only">{`to ${subject}`}</span>
        </button>
      )}
      {canShare && (
        <button type="button" className={buttonClasses} onClick={() => void share()}>
          Share <span className="sr-only">{subject}</span>
        </button>
      )}
      {/*
        Unstyled: it takes the small muted text of where it stands (a claim's line, the selection popover's own
        rule), so no claim's prerendered line repeats it: bytes in every page's first round trip.
      */}
      <span role="status">{state.step === "idle" ? "" : state.message}</span>
      {manualUrl !== null && (
        <span className="flex w-full items-center gap-2">
          <label htmlFor={fieldId} className="font-sans text-xs">
            Link to {subject}
          </label>
          <input
            ref={field}
            id={fieldId}
            type="text"
            readOnly
            value={manualUrl}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.stopPropagation();
                closeField();
              }
            }}
            className="min-w-0 flex-1 rounded border border-rule bg-paper px-1.5 py-0.5 font-mono text-xs text-ink dark:border-rule-dark dark:bg-paper-dark dark:text-ink-dark"
          />
          <button type="button" className={buttonClasses} onClick={closeField}>
            Done
          </button>
        </span>
      )}
    </span>
  );
}
