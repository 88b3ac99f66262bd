import type { ReactNode } from "react";
import type { ReaderAction, SheetSize } from "../lib/reader/state";
import "./claims-sheet.css";
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
      className="claims-panel"
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
      className="close-claims"
    >
      Close<span className="sr-only"> claims</span>
    </button>
  );
}
