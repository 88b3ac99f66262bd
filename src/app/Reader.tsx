import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { ArticleView } from "../features/article";
import { FocusedTheme, ThemeMap } from "../features/theme-map";
import type { ReaderModel } from "../lib/content-model/types";
import { articleParagraphs } from "../lib/reader/highlights";
import * as select from "../lib/reader/selectors";
import { mapTicks } from "../lib/theme-map/map-ticks";
import { Header } from "./Header";
import { LinkNotice } from "./LinkNotice";
import { usePassageTools } from "./passage-tools";
import { ReaderRail } from "./ReaderRail";
import { readerView } from "./reader-view";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { useReader } from "./use-reader";

interface ReaderProps {
  model: ReaderModel;
  briefing: ReactNode;
  /** The path the page was prerendered for (`/`, `/q/<quote-id>/`…): the state it starts in. */
  page: string;
}

/** The page's layout: the features side by side, reading one controller's state and dispatching to it. */
export function Reader({ model, briefing, page }: ReaderProps) {
  const { store, state, requests, own, notesWanted, dispatch } = useReader(model, page);
  const passage = select.passageRange(state);
  const paragraphs = useMemo(() => articleParagraphs(model, passage, own), [model, passage, own]);
  const hoveredClaim = state.hover.claimId;
  const previews = useMemo(() => select.previewQuoteIds(model, hoveredClaim), [model, hoveredClaim]);
  const { claimActions, selectionTools } = usePassageTools(store, model);
  const ticks = useMemo(() => mapTicks(model), [model]);
  const focusedTheme = state.theme === null ? undefined : model.themeById.get(state.theme);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (requests.focusArticle) main.current?.focus({ preventScroll: true });
  }, [requests.focusArticle]);

  return (
    <>
      <Header
        publisher={model.article.publisher}
        claimCount={model.claims.length}
        quiet={state.quiet}
        claimsOpen={state.claimsOpen}
        dispatch={dispatch}
        focusRequest={requests.focusToggle}
        focusedTheme={focusedTheme ? <FocusedTheme theme={focusedTheme} dispatch={dispatch} /> : null}
        // One map for every width (theme-map.css): a strip in the site bar on narrow screens, a column beside the
        // article on wide ones.
        map={
          <ThemeMap
            ticks={ticks}
            themes={model.themes}
            activeQuoteId={select.activeQuoteId(state)}
            focusedThemeId={state.theme}
            dispatch={dispatch}
            measureView={readerView}
            paragraphs={model.paragraphs}
          />
        }
      />
      {/*
        Wide screens: the article, the theme map's column (its lanes of 1.5rem ticks; the map itself is in the site
        bar, fixed over this column: theme-map.css places it by the same measures, 80rem, 1.5rem and 25rem), the rail.
      */}
      <div className="mx-auto max-w-7xl lg:grid lg:grid-cols-[minmax(0,1fr)_calc(var(--lanes-v,1)*1.5rem)_25rem] lg:gap-x-6 lg:px-6">
        <main
          ref={main}
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
            inkWanted={notesWanted}
            activeQuoteId={select.activeQuoteId(state)}
            activeNoteId={select.activeNoteId(state)}
            previewQuoteIds={previews}
            focusedThemeId={state.theme}
            dispatch={dispatch}
            scrollRequest={requests.scroll}
            selectionTools={selectionTools}
          />
        </main>
        <ReaderRail
          model={model}
          store={store}
          state={state}
          requests={requests}
          dispatch={dispatch}
          briefing={briefing}
          claimActions={claimActions}
        />
      </div>
      <ShortcutsHelp open={state.helpOpen} dispatch={dispatch} />
    </>
  );
}
