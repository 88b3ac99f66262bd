import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { ArticleView } from "../features/article";
import { ClaimsSidebar, claimElementId, type SidebarClaim } from "../features/annotations";
import { CopyLinkButton, SelectionPopover } from "../features/share";
import type { ReaderModel } from "../lib/content-model";
import { ClaimsPanel } from "./ClaimsPanel";
import { Header } from "./Header";
import { LinkNotice } from "./LinkNotice";
import { buildParagraphs, buildReaderView } from "./reader-view";
import { scrollArticleTo, scrollWithin } from "./scroll";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { absoluteUrl } from "./url-state";
import { narrowQuery, useMediaQuery } from "./use-media-query";
import { useReaderState, type ActivationOrigin } from "./use-reader-state";
import { useShortcuts } from "./use-shortcuts";

/** The reader: article, claims sidebar and their links, composed from the features. */
export function Reader({ model, briefing }: { model: ReaderModel; briefing?: ReactNode }) {
  const view = useMemo(() => buildReaderView(model), [model]);
  const state = useReaderState(model, view);
  const narrow = useMediaQuery(narrowQuery);
  const [claimsOpen, setClaimsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  // The body element, as state: the selection popover needs it once it exists.
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const claimsButtonRef = useRef<HTMLButtonElement>(null);
  // Which pane follows the next activation; anything not started here (load, Back, a hand-edited hash) is a link.
  const origin = useRef<ActivationOrigin>("link");

  const { passageRange, activeQuoteId, activeClaimId, href } = state;
  const paragraphs = useMemo(() => buildParagraphs(model, passageRange), [model, passageRange]);

  // Follow each activation: the article scrolls to the quote unless the reader just clicked it there (on narrow
  // screens it always does, to sit above the claims panel, which opens for taps and links).
  useEffect(() => {
    const from = origin.current;
    origin.current = "link";
    if (activeQuoteId === null) return;
    if (from !== "quote" || narrow) scrollArticleTo(activeQuoteId, narrow);
    if (narrow && activeClaimId !== null && (from === "quote" || from === "link")) setClaimsOpen(true);
    // `href` re-runs this on every navigation, even back to the same quote.
  }, [activeQuoteId, activeClaimId, href, narrow]);

  // The sidebar keeps the active claim in view, also once a closed panel opens.
  useEffect(() => {
    if (activeClaimId === null) return;
    const frame = requestAnimationFrame(() => {
      const claim = document.getElementById(claimElementId(activeClaimId))?.closest("li");
      if (claim && listRef.current) scrollWithin(listRef.current, claim);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [activeClaimId, href, claimsOpen]);

  function renderClaimActions(claim: SidebarClaim) {
    const quoteId = claim.quoteIds[0];
    if (quoteId === undefined) return null;
    return (
      <CopyLinkButton
        getUrl={() => absoluteUrl({ theme: null, quote: quoteId, passage: null })}
        subject={`the claim “${shorten(claim.summary)}”`}
        shareTitle={model.article.headline}
      />
    );
  }

  function closeClaims() {
    setClaimsOpen(false);
    claimsButtonRef.current?.focus();
  }

  useShortcuts((command, event) => {
    if (helpOpen) return;
    switch (command) {
      case "next-quote":
      case "previous-quote":
        origin.current = "key";
        state.stepQuote(command === "next-quote" ? 1 : -1);
        break;
      case "next-theme":
      case "previous-theme":
        state.stepTheme(command === "next-theme" ? 1 : -1);
        break;
      case "clear":
        if (narrow && claimsOpen) closeClaims();
        else state.clear();
        break;
      case "help":
        event.preventDefault();
        setHelpOpen(true);
        break;
    }
  });

  return (
    <>
      <Header
        claimCount={view.claims.length}
        claimsOpen={claimsOpen}
        onToggleClaims={() => {
          setClaimsOpen((open) => !open);
        }}
        onShowShortcuts={() => {
          setHelpOpen(true);
        }}
        claimsButtonRef={claimsButtonRef}
      />
      <div className="mx-auto max-w-7xl lg:grid lg:grid-cols-[minmax(0,1fr)_25rem] lg:gap-10 lg:px-6">
        <main
          id="article"
          tabIndex={-1}
          className={`px-4 pt-8 pb-16 outline-none sm:px-6 ${claimsOpen ? "max-lg:pb-[65vh]" : ""}`}
        >
          <LinkNotice problems={state.problems} onDismiss={state.dismissProblems} />
          <ArticleView
            headline={model.article.headline}
            caption={model.article.caption}
            publisher={model.article.publisher}
            paragraphs={paragraphs}
            markStyles={view.markStyles}
            activeQuoteId={activeQuoteId}
            previewQuoteIds={state.previewQuoteIds}
            focusedThemeId={state.focusedThemeId}
            onQuoteClick={(quoteId) => {
              origin.current = "quote";
              state.activateQuote(quoteId, "push");
            }}
            onQuoteHover={state.setHoverQuoteId}
            bodyRef={setBody}
          >
            <SelectionPopover
              container={body}
              text={model.text}
              urlFor={(passage) => absoluteUrl({ theme: null, quote: null, passage })}
              shareTitle={model.article.headline}
            />
          </ArticleView>
        </main>
        {/* The right rail (wide screens): the live briefing above the claims, sticky beside the text. */}
        <div className="lg:sticky lg:top-[3.25rem] lg:flex lg:h-[calc(100dvh-3.25rem)] lg:flex-col lg:border-l lg:border-rule lg:dark:border-rule-dark">
          {/* Narrow screens: the open claims sheet would cover the briefing bar, leaving it focusable unseen. */}
          {briefing && (
            <div className={`lg:shrink-0 lg:px-3 lg:pt-3 ${claimsOpen ? "max-lg:hidden" : ""}`}>
              {briefing}
            </div>
          )}
          <ClaimsPanel open={claimsOpen}>
            <ClaimsSidebar
              themes={view.themes}
              claims={view.claims}
              activeClaimId={activeClaimId}
              previewClaimId={state.previewClaimId}
              focusedThemeId={state.focusedThemeId}
              onClaimActivate={(claimId) => {
                origin.current = "claim";
                state.activateClaim(claimId);
              }}
              onClaimHover={state.setHoverClaimId}
              onFocusTheme={state.focusTheme}
              listRef={listRef}
              renderClaimActions={renderClaimActions}
              header={
                <button
                  type="button"
                  onClick={closeClaims}
                  className="rounded-md border border-rule px-3 py-1.5 font-sans text-sm font-medium lg:hidden dark:border-rule-dark"
                >
                  Close<span className="sr-only"> claims</span>
                </button>
              }
            />
          </ClaimsPanel>
        </div>
      </div>
      <ShortcutsDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false);
        }}
      />
    </>
  );
}

/** The first words of a sentence, to tell the claims' controls apart for screen readers. */
function shorten(sentence: string, words = 6): string {
  const parts = sentence.split(/\s+/);
  return parts.length <= words ? sentence : `${parts.slice(0, words).join(" ")}…`;
}
