import type { ReactNode } from "react";
import type { ReaderAction } from "../lib/reader/state";

interface ClaimsPanelProps {
  /** Narrow screens only: whether the sheet is shown. Wide screens always show it as a column. */
  open: boolean;
  children: ReactNode;
}

/**
 * The claims landmark. Wide screens: a sticky column beside the article. Narrow screens: a bottom sheet that
 * leaves the top of the article visible, so a tapped quote and its claim show together; hidden (and out of the
 * tab order) when closed.
 */
export function ClaimsPanel({ open, children }: ClaimsPanelProps) {
  return (
    <aside
      id="claims-sidebar"
      aria-labelledby="claims-heading"
      data-open={open || undefined}
      className="z-40 flex flex-col border-rule bg-paper max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:h-[60vh] max-lg:rounded-t-xl max-lg:border-t max-lg:shadow-[0_-8px_24px_rgb(0_0_0/0.18)] max-lg:not-data-open:hidden lg:min-h-0 lg:flex-1 dark:border-rule-dark dark:bg-paper-dark"
    >
      {children}
    </aside>
  );
}

/** The sheet's Close button (narrow screens); focus goes back to the button that opened it. */
export function CloseClaimsButton({ dispatch }: { dispatch: (action: ReaderAction) => void }) {
  return (
    <button
      type="button"
      onClick={() => {
        dispatch({ type: "claims-closed" });
      }}
      className="rounded-md border border-rule px-3 py-1.5 font-sans text-sm font-medium lg:hidden dark:border-rule-dark"
    >
      Close<span className="sr-only"> claims</span>
    </button>
  );
}
