import { useEffect, useRef, type ReactNode } from "react";
import type { ReaderAction } from "../lib/reader/state";
import type { Request } from "../lib/reader/store";
import { loadShortcutsDialog } from "./shortcuts-lazy";

function preloadShortcuts() {
  // A failure is the dialog's to report when it is opened (Reader.tsx).
  loadShortcutsDialog().catch(() => undefined);
}

interface HeaderProps {
  /** Who published the article: named in the site bar, so the article's own text stays only the article. */
  publisher: string;
  claimCount: number;
  /** Quiet reading: every highlight hidden. */
  quiet: boolean;
  /** Narrow screens: whether the claims sheet is open. */
  claimsOpen: boolean;
  dispatch: (action: ReaderAction) => void;
  /** The claims sheet just closed: its button takes focus back, once per `seq`. */
  focusRequest: Request<"focus-claims-toggle"> | null;
  /** Names the focused theme, with a way to clear it; null when no theme is focused. */
  focusedTheme: ReactNode;
  /**
   * The theme map: a strip under the bar on narrow screens; on wide ones a column beside the article, fixed in place
   * (theme-map.css), so one map serves every width.
   */
  map: ReactNode;
}

// Weights above regular only from lg, where the sidebar's headings load the bold UI face anyway: on a phone each
// weight is a font lookup of its own before the first paint, and regular is the one the page needs (issue 13).
const toolButton =
  "no-app:hidden inline-flex min-h-10 shrink-0 items-center justify-center gap-1.5 whitespace-nowrap pointer-coarse:min-h-11 pointer-coarse:min-w-11 rounded-md border border-rule px-3 py-1.5 font-sans text-sm lg:font-medium text-ink hover:bg-ink/5 dark:border-rule-dark dark:text-ink-dark dark:hover:bg-ink-dark/10";

/**
 * The site bar: skip link, name, the focused theme, shortcuts help (not on touch screens, which have no keys) and,
 * on narrow screens, the claims panel button; and the theme map (a strip under the bar on narrow screens).
 */
export function Header(props: HeaderProps) {
  const { publisher, claimCount, quiet, claimsOpen, dispatch, focusRequest, focusedTheme } = props;
  const claimsButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRequest) claimsButton.current?.focus();
  }, [focusRequest]);

  return (
    <header
      // reader-view.ts measures what it covers.
      id="site-bar"
      className="sticky top-0 z-30 border-b border-rule bg-paper dark:border-rule-dark dark:bg-paper-dark"
    >
      <a
        href="#article"
        onClick={(event) => {
          // Move focus without touching the URL: the fragment belongs to quote links.
          event.preventDefault();
          document.getElementById("article")?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-ink focus:px-3 focus:py-2 focus:text-paper dark:focus:bg-ink-dark dark:focus:text-paper-dark"
      >
        Skip to article
      </a>
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-2 px-3 py-2 sm:px-4">
        {/*
          Narrow screens: a focused theme takes the name's place, so both fit on one line. Semibold from lg only,
          as the tool buttons' weight (see toolButton).
        */}
        <p
          className={`min-w-0 font-sans leading-tight text-sm lg:font-semibold tracking-wide text-ink dark:text-ink-dark ${
            focusedTheme ? "max-lg:sr-only" : ""
          }`}
        >
          The annotated reader
          <span className="font-normal text-ink-muted max-sm:sr-only dark:text-ink-muted-dark">
            {` · an ${publisher} interview`}
          </span>
        </p>
        {/*
          The buttons never shrink. A focused theme takes the site's name's place; below 640 px it has a row of its
          own under the buttons, so its whole name shows even at 320 px.
        */}
        <div
          className={`flex items-center gap-2 ${focusedTheme ? "min-w-0 max-sm:w-full max-sm:flex-wrap max-sm:justify-end" : "shrink-0"}`}
        >
          {focusedTheme && (
            <div className="flex min-w-0 max-sm:order-last max-sm:basis-full">{focusedTheme}</div>
          )}
          <button
            type="button"
            role="switch"
            aria-checked={quiet}
            aria-keyshortcuts="q"
            className={`${toolButton} aria-checked:bg-ink/10 dark:aria-checked:bg-ink-dark/20`}
            onClick={() => {
              dispatch({ type: "quiet-toggled" });
            }}
          >
            <span aria-hidden="true">◐</span>
            <span className="max-md:sr-only">Hide highlights</span>
          </button>
          <button
            type="button"
            className={`${toolButton} pointer-coarse:hidden`}
            onClick={() => {
              dispatch({ type: "help-toggled", open: true });
            }}
            onPointerEnter={preloadShortcuts}
            onFocus={preloadShortcuts}
            aria-keyshortcuts="?"
          >
            <span aria-hidden="true">⌨</span>
            <span className="max-md:sr-only">Shortcuts</span>
            <span className="sr-only"> (keyboard)</span>
          </button>
          <button
            ref={claimsButton}
            type="button"
            className={`${toolButton} lg:hidden`}
            aria-expanded={claimsOpen}
            aria-controls="claims-sidebar"
            onClick={() => {
              dispatch({ type: "claims-toggled" });
            }}
          >
            Claims<span className="max-md:sr-only"> by theme</span>
            {/* Read out, not shown, below sm: there it keeps the label's size, as a size of its own costs a font lookup. */}
            <span className="opacity-80 max-sm:sr-only sm:text-xs">{`(${claimCount})`}</span>
          </button>
        </div>
      </div>
      {props.map}
    </header>
  );
}
