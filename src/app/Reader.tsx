import { lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from "react";
import { ClaimsSidebar } from "../features/annotations";
import { ArticleView } from "../features/article";
import { FocusedTheme, ThemeMap } from "../features/theme-map";
import type { ReaderModel } from "../lib/content-model/types";
import { articleParagraphs } from "../lib/reader/highlights";
import * as select from "../lib/reader/selectors";
import { mapTicks } from "../lib/theme-map/map-ticks";
import { ClaimsPanel, CloseClaimsButton } from "./ClaimsPanel";
import { Header } from "./Header";
import { readerView } from "./reader-view";
import { LinkNotice } from "./LinkNotice";
import { NotesArea, useNotesTools, withNoteTools } from "./notes-tools";
import { useShareTools } from "./share-tools";
import { loadShortcutsDialog, type ShortcutsProps } from "./shortcuts-lazy";
import { ShortcutsUnavailable } from "./ShortcutsUnavailable";
import { useReader } from "./use-reader";

const ShortcutsDialog = lazy<ComponentType<ShortcutsProps>>(() =>
  loadShortcutsDialog().then(
    ({ ShortcutsDialog }) => ({ default: ShortcutsDialog }),
    (error: unknown) => {
      console.error("The keyboard shortcuts could not be loaded.", error);
      return { default: ShortcutsUnavailable };
    },
  ),
);

interface ReaderProps {
  model: ReaderModel;
  briefing: ReactNode;
  /** The path the page was prerendered for (`/`, `/q/<quote-id>/`…): the state it starts in. */
  page: string;
}

/** The page's layout: the features side by side, reading one controller's state and dispatching to it. */
export function Reader({ model, briefing, page }: ReaderProps) {
  const { store, snapshot, dispatch } = useReader(model, page);
  const { state, requests } = snapshot;
  const passage = select.passageRange(state);
  const notes = useNotesTools(store, model);
  const own = notes.highlights;
  const paragraphs = useMemo(() => articleParagraphs(model, passage, own), [model, passage, own]);
  const hoveredClaim = state.hover.claimId;
  const previews = useMemo(() => select.previewQuoteIds(model, hoveredClaim), [model, hoveredClaim]);
  const { claimActions, selectionTools: shareTools } = useShareTools(store, model);
  const selectionTools = useMemo(() => withNoteTools(shareTools, notes), [shareTools, notes]);
  const ticks = useMemo(() => mapTicks(model), [model]);
  // One element for the page's life, so the memoised claims list skips the renders that leave it unchanged.
  const closeClaims = useMemo(() => <CloseClaimsButton dispatch={dispatch} />, [dispatch]);
  // The dialog is mounted the first time it opens, then kept (closing it restores focus where it was).
  const [helpMounted, setHelpMounted] = useState(false);
  if (state.helpOpen && !helpMounted) setHelpMounted(true);
  const focusedTheme = state.theme === null ? undefined : model.themeById.get(state.theme);
  // One map for every width (theme-map.css): a strip in the site bar on narrow screens, a column beside the article
  // on wide ones. It was two, one hidden at each width: 80 elements more for every page to parse (issue 13).
  const map = (
    <ThemeMap
      ticks={ticks}
      themes={model.themes}
      activeQuoteId={select.activeQuoteId(state)}
      focusedThemeId={state.theme}
      dispatch={dispatch}
      measureView={readerView}
      paragraphs={model.paragraphs}
    />
  );

  return (
    <>
      <Header
        publisher={model.article.publisher}
        claimCount={model.claims.length}
        claimsOpen={state.claimsOpen}
        dispatch={dispatch}
        focusRequest={requests.focusToggle}
        focusedTheme={focusedTheme ? <FocusedTheme theme={focusedTheme} dispatch={dispatch} /> : null}
        map={map}
      />
      {/*
        Wide screens: the article, the theme map's column (its lanes of 1.5rem ticks; the map itself is in the site
        bar, fixed over this column: theme-map.css places it by the same measures, 80rem, 1.5rem and 25rem), the rail.
      */}
      <div className="mx-auto max-w-7xl lg:grid lg:grid-cols-[minmax(0,1fr)_calc(var(--lanes-v,1)*1.5rem)_25rem] lg:gap-x-6 lg:px-6">
        <main
          id="article"
          tabIndex={-1}
          className={`px-4 pt-8 pb-16 outline-none sm:px-6 ${state.claimsOpen ? "max-lg:pb-[55dvh]" : ""}`}
        >
          <LinkNotice problems={state.problems} dispatch={dispatch} />
          <ArticleView
            article={model.article}
            themes={model.themes}
            paragraphs={paragraphs}
            own={own}
            ink={notes.notes?.ink ?? null}
            activeQuoteId={select.activeQuoteId(state)}
            activeNoteId={select.activeNoteId(state)}
            previewQuoteIds={previews}
            focusedThemeId={state.theme}
            dispatch={dispatch}
            scrollRequest={requests.scroll}
            selectionTools={selectionTools}
          />
        </main>
        {/*
          The right rail (wide screens): the live briefing above the claims, sticky beside the text. They share its
          height: the briefing shrinks (and scrolls inside) so the claims list always keeps a usable area.
        */}
        <div className="lg:sticky lg:top-[3.5rem] lg:col-start-3 lg:flex lg:h-[calc(100dvh-3.5rem)] lg:flex-col lg:border-l lg:border-rule lg:dark:border-rule-dark">
          {/* Narrow screens: the open claims sheet would cover the briefing bar, leaving it focusable unseen. */}
          <div
            className={`lg:flex lg:min-h-0 lg:flex-col lg:px-3 lg:pt-3 ${state.claimsOpen ? "max-lg:hidden" : ""}`}
          >
            {briefing}
          </div>
          <ClaimsPanel open={state.claimsOpen} size={state.sheet} dispatch={dispatch}>
            <ClaimsSidebar
              themes={model.themes}
              claims={model.claims}
              activeClaimId={select.activeClaimId(state, model)}
              previewClaimId={select.previewClaimId(state, model)}
              focusedThemeId={state.theme}
              dispatch={dispatch}
              revealRequest={requests.reveal}
              renderClaimActions={claimActions}
              header={closeClaims}
            />
            <NotesArea tools={notes} store={store} />
          </ClaimsPanel>
        </div>
      </div>
      {helpMounted && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={state.helpOpen} dispatch={dispatch} />
        </Suspense>
      )}
    </>
  );
}
