import { useMemo, type ReactNode } from "react";
import { ClaimsSidebar } from "../features/annotations";
import type { Claim, ReaderModel } from "../lib/content-model/types";
import { NotesSection, type NotesArticle } from "../features/notes";
import * as select from "../lib/reader/selectors";
import type { ReaderState } from "../lib/reader/state";
import type { ControllerAction, ReaderRequests, ReaderStore } from "../lib/reader/store";
import { ClaimsPanel, CloseClaimsButton } from "./ClaimsPanel";
import { absoluteUrl } from "./url-state";

interface ReaderRailProps {
  model: ReaderModel;
  store: ReaderStore;
  state: ReaderState;
  requests: ReaderRequests;
  /** The controller's dispatch, with the reader's place added (use-reader.ts). */
  dispatch: (action: ControllerAction) => void;
  briefing: ReactNode;
  /** "Copy link" for a claim (passage-tools.tsx). */
  claimActions: (claim: Claim) => ReactNode;
}

/**
 * The right rail (wide screens): the live briefing above the claims and "Your notes", sticky beside the text. They
 * share its height: the briefing shrinks (and scrolls inside) so the claims list always keeps a usable area. On
 * narrow screens the claims and notes are a bottom sheet.
 */
export function ReaderRail(props: ReaderRailProps) {
  const { model, store, state, requests, dispatch } = props;
  // One element for the page's life, so the memoised claims list skips the renders that leave it unchanged.
  const closeClaims = useMemo(() => <CloseClaimsButton dispatch={dispatch} />, [dispatch]);
  const article = useMemo<NotesArticle>(
    () => ({
      id: model.article.id,
      headline: model.article.headline,
      text: model.text,
      pageUrl: () => absoluteUrl({ theme: null, quote: null, passage: null }),
    }),
    [model],
  );
  return (
    <div className="lg:sticky lg:top-[3.5rem] lg:col-start-3 lg:flex lg:h-[calc(100dvh-3.5rem)] lg:flex-col lg:border-l lg:border-rule lg:dark:border-rule-dark">
      {/* Narrow screens: the open claims sheet would cover the briefing bar, leaving it focusable unseen. */}
      <div
        className={`lg:flex lg:min-h-0 lg:flex-col lg:px-3 lg:pt-3 ${state.claimsOpen ? "max-lg:hidden" : ""}`}
      >
        {props.briefing}
      </div>
      <ClaimsPanel open={state.claimsOpen} size={state.sheet} dispatch={dispatch}>
        <ClaimsSidebar
          themes={model.themes}
          claims={model.claims}
          activeClaimId={select.activeClaimId(state, model)}
          activeQuoteId={select.activeQuoteId(state)}
          previewClaimId={select.previewClaimId(state, model)}
          focusedThemeId={state.theme}
          dispatch={dispatch}
          revealRequest={requests.reveal}
          renderClaimActions={props.claimActions}
          header={closeClaims}
        />
        <NotesSection store={store} article={article} />
      </ClaimsPanel>
    </div>
  );
}
