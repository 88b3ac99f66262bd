import type { ReactNode } from "react";
import type { ReaderAction, SheetSize } from "../lib/reader/state";
import { SheetHandle } from "./SheetHandle";

interface ClaimsPanelProps {
  /** Narrow screens only: whether the sheet is shown. Wide screens always show it as a column. */
  open: boolean;
  /** Narrow screens only: the sheet's height, half the screen or all of it below the site bar's first row. */
  size: SheetSize;
  dispatch: (action: ReaderAction) => void;
  children: ReactNode;
}

/**
 * The claims landmark. Wide screens: a column beside the article that takes what the briefing leaves of the rail
 * (never less than its header, chips and room for a few claims). Narrow screens: a bottom sheet that leaves the
 * top of the article visible, so a tapped quote and its claim show together; its handle snaps it to half or full
 * height; hidden (and out of the tab order) when closed.
 */
export function ClaimsPanel({ open, size, dispatch, children }: ClaimsPanelProps) {
  return (
    <aside
      id="claims-sidebar"
      aria-labelledby="claims-heading"
      data-open={open || undefined}
      data-size={size}
      className="z-40 flex flex-col border-rule bg-paper max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:h-[50dvh] max-lg:rounded-t-xl max-lg:border-t max-lg:shadow-[0_-8px_24px_rgb(0_0_0/0.18)] max-lg:not-data-open:hidden max-lg:data-[size=full]:h-[calc(100dvh-3.5rem)] lg:shrink-0 lg:grow dark:border-rule-dark dark:bg-paper-dark"
    >
      <SheetHandle size={size} dispatch={dispatch} />
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
      className="rounded-md border border-rule px-3 py-1.5 font-sans text-sm font-medium pointer-coarse:min-h-11 pointer-coarse:min-w-11 lg:hidden dark:border-rule-dark"
    >
      Close<span className="sr-only"> claims</span>
    </button>
  );
}
