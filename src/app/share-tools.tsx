import { useCallback, useMemo } from "react";
import type { SelectionTools } from "../features/article";
import { CopyLinkButton } from "../features/share";
import type { Claim, ReaderModel } from "../lib/content-model/types";
import { passageFromRange } from "../lib/deep-link";
import { firstWords } from "../lib/first-words";
import { quoteToShare } from "../lib/reader/selectors";
import type { ReaderStore } from "../lib/reader/store";
import type { TextRange } from "../lib/text-range";
import { absoluteUrl } from "./url-state";

/**
 * The share feature composed into the others: "Copy link" on each claim and on a selected passage. Both build the
 * link when clicked, from the state at that moment, so they stay stable and memoised claims skip re-rendering.
 */
export function useShareTools(store: ReaderStore, model: ReaderModel) {
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
        return <CopyLinkButton getUrl={url} subject="the selected passage" shareTitle={headline} />;
      },
    }),
    [model.text, headline],
  );
  return { claimActions, selectionTools };
}
