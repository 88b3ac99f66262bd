import { useCallback, useMemo } from "react";
import type { SelectionTools } from "../features/article";
import { SelectionButtons } from "../features/notes";
import { CopyLinkButton } from "../features/share";
import type { Claim, ReaderModel } from "../lib/content-model/types";
import { passageFromRange } from "../lib/deep-link";
import { firstWords } from "../lib/first-words";
import { quoteToShare } from "../lib/reader/selectors";
import type { ReaderStore } from "../lib/reader/store";
import type { TextRange } from "../lib/text-range";
import { absoluteUrl } from "./url-state";

/**
 * The tools other features offer on a claim and on a selected passage: "Copy link" on each claim; Highlight, Note
 * and "Copy link" on a selection. Links are built when clicked, from the state at that moment, so the tools stay
 * stable and memoised claims skip re-rendering; the popover's buttons are the same elements whether or not the
 * notes' code has arrived, so focus on them is never lost.
 */
export function usePassageTools(store: ReaderStore, model: ReaderModel) {
  const { headline } = model.article;
  const claimActions = useCallback(
    (claim: Claim) => (
      <CopyLinkButton
        getUrl={() => {
          const quote = quoteToShare(store.getSnapshot().state, model, claim.id);
          return absoluteUrl({ theme: null, quote, passage: null });
        }}
        subject={`the claim “${firstWords(claim.summary)}”`}
        shareTitle={headline}
      />
    ),
    [store, model, headline],
  );
  const selectionTools = useMemo<SelectionTools>(
    () => ({
      label: "Selected passage",
      render: (range: TextRange) => {
        const passage = passageFromRange(model.text, range.start, range.end);
        if (!passage) return null;
        const url = () => absoluteUrl({ theme: null, quote: null, passage });
        return (
          <>
            <SelectionButtons range={range} dispatch={store.dispatch} />
            <CopyLinkButton getUrl={url} subject="the selected passage" shareTitle={headline} />
          </>
        );
      },
    }),
    [model.text, headline, store],
  );
  return { claimActions, selectionTools };
}
