import { memo, type ReactNode } from "react";
import type { Claim } from "../../lib/content-model/types";
import { counted } from "../../lib/plural";
import type { ReaderAction } from "../../lib/reader/state";
import type { PaletteClasses } from "../../lib/theme-palette";
import { claimElementId } from "./types";

interface ClaimItemProps {
  claim: Claim;
  palette: PaletteClasses;
  active: boolean;
  preview: boolean;
  dispatch: (action: ReaderAction) => void;
  /** Extra controls for the claim (e.g. "Copy link"), composed in by the app; keep it stable for memo. */
  renderActions?: (claim: Claim) => ReactNode;
  /** Its quotes by the numbers printed over them in the article, printed in place of the count: "Quotes 3 and 7". */
  printedReferences: string;
}

/** One claim: a button that jumps to its quote (and, pressed again, to its next one), plus any actions. */
export const ClaimItem = memo(function ClaimItem(props: ClaimItemProps) {
  const { claim, palette, active, preview, dispatch } = props;
  const quoteCount = claim.quotes.length;
  const id = claimElementId(claim.id);
  const enter = () => {
    dispatch({ type: "claim-hovered", claimId: claim.id });
  };
  // Only this claim's preview ends: a click on the next claim blurs this one after the pointer entered that one,
  // and clearing there would cost the page two renders (clear, then preview again) before the click's own.
  const leave = () => {
    dispatch({ type: "claim-left", claimId: claim.id });
  };
  return (
    <li
      data-preview={preview || undefined}
      className={`group rounded-md border-l-4 ${palette.border} transition-colors ${
        active ? "bg-ink/[0.06] dark:bg-ink-dark/10" : preview ? "bg-ink/[0.04] dark:bg-ink-dark/[0.07]" : ""
      }`}
      onMouseEnter={enter}
      onMouseLeave={leave}
    >
      <button
        type="button"
        id={id}
        aria-current={active ? "true" : undefined}
        aria-describedby={`${id}-meta`}
        disabled={quoteCount === 0}
        onClick={() => {
          dispatch({ type: "claim-chosen", claimId: claim.id });
        }}
        onFocus={enter}
        onBlur={leave}
        className="block w-full rounded-r-md px-3 pt-2 pb-1 pointer-coarse:min-h-11 text-left text-[0.95rem] leading-snug text-ink disabled:cursor-not-allowed dark:text-ink-dark"
      >
        {claim.summary}
      </button>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 pb-2 text-xs text-ink-muted dark:text-ink-muted-dark">
        <span id={`${id}-meta`}>
          <span className="print:hidden">{counted(quoteCount, "quote")}</span>
          <span className="hidden print:inline">{props.printedReferences}</span>
          {claim.orphans.length > 0 ? ` · ${claim.orphans.length} not found in the text` : ""}
        </span>
        {props.renderActions?.(claim)}
      </div>
    </li>
  );
});
