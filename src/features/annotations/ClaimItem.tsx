import { memo, type ReactNode } from "react";
import type { Claim } from "../../lib/content-model/types";
import { quotePagePath } from "../../lib/deep-link";
import { isPlainClick } from "../../lib/plain-click";
import { counted } from "../../lib/plural";
import type { ReaderAction } from "../../lib/reader/state";
import type { PaletteClasses } from "../../lib/theme-palette";
import { claimElementId } from "./types";

interface ClaimItemProps {
  claim: Claim;
  palette: PaletteClasses;
  active: boolean;
  /** The quote choosing the claim shows (claimNextQuoteId): its link's page; undefined when none was found. */
  nextQuoteId: string | undefined;
  preview: boolean;
  dispatch: (action: ReaderAction) => void;
  /** Extra controls for the claim (e.g. "Copy link"), composed in by the app; keep it stable for memo. */
  renderActions?: (claim: Claim) => ReactNode;
  /** Its quotes by the numbers printed over them in the article, printed in place of the count: "Quotes 3 and 7". */
  printedReferences: string;
}

/**
 * One claim: a link to its quote's page (`/q/<quote-id>/`; when one of its quotes is shown, to its next one), which
 * with script shows that quote in place, through the controller; plus any actions.
 */
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
      {/* No quote found in the text, no href: then it is no link, only the claim's text. */}
      <a
        href={props.nextQuoteId === undefined ? undefined : quotePagePath(props.nextQuoteId)}
        id={id}
        aria-current={active ? "true" : undefined}
        aria-describedby={`${id}-meta`}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          dispatch({ type: "claim-chosen", claimId: claim.id });
        }}
        onFocus={enter}
        onBlur={leave}
        className="block rounded-r-md px-3 pt-2 pb-1 pointer-coarse:min-h-11 text-[0.95rem] leading-snug text-ink dark:text-ink-dark"
      >
        {claim.summary}
      </a>
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
