import { memo, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { Theme } from "../../lib/content-model/schema";
import { quoteNumbers, quoteReferences } from "../../lib/content-model/quote-numbers";
import type { Claim } from "../../lib/content-model/types";
import type { ReaderAction } from "../../lib/reader/state";
import { claimNextQuoteId } from "../../lib/reader/selectors";
import type { Request } from "../../lib/reader/store";
import { paletteClasses } from "../../lib/theme-palette";
import { ClaimItem } from "./ClaimItem";
import { ThemeFilter } from "./ThemeFilter";
import { claimElementId } from "./types";

interface ClaimsSidebarProps {
  themes: readonly Theme[];
  claims: readonly Claim[];
  activeClaimId: string | null;
  /** The quote shown now, if any: a claim's link leads past it to the claim's next quote. */
  activeQuoteId: string | null;
  previewClaimId: string | null;
  focusedThemeId: string | null;
  dispatch: (action: ReaderAction) => void;
  /** The latest request to bring a claim into view in the list; performed once per `seq`. */
  revealRequest: Request<"reveal-claim"> | null;
  /** Per-claim controls composed in by the app (share links); keep it stable. */
  renderClaimActions?: (claim: Claim) => ReactNode;
  /** Shown beside the heading: e.g. the close button of the narrow-screen sheet; keep it stable for memo. */
  header?: ReactNode;
}

/**
 * The claims grouped by theme; a focused theme is shown alone, with a way back to all themes. Memoised: the page
 * re-renders on every hover and focus (previews), which leave the list as it was.
 */
export const ClaimsSidebar = memo(function ClaimsSidebar(props: ClaimsSidebarProps) {
  const { themes, claims, focusedThemeId, dispatch, revealRequest } = props;
  const list = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => {
    const byTheme = new Map<string, number>();
    for (const claim of claims) byTheme.set(claim.themeId, (byTheme.get(claim.themeId) ?? 0) + 1);
    return byTheme;
  }, [claims]);
  // The print edition names each claim's quotes by the numbers printed over them in the article (src/print.css).
  const numbers = useMemo(() => quoteNumbers(claims), [claims]);
  const focused = themes.find((t) => t.id === focusedThemeId);
  const shown = focused ? [focused] : themes;

  useEffect(() => {
    if (!revealRequest) return;
    // After layout: the sheet holding the list may have opened in this very render.
    const frame = requestAnimationFrame(() => {
      if (list.current) reveal(list.current, revealRequest.claimId);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [revealRequest]);

  // The list shrinks when the briefing above it opens (wide screens): the active claim stays in view.
  const active = props.activeClaimId;
  useEffect(() => {
    const element = list.current;
    if (!element || active === null || typeof ResizeObserver === "undefined") return;
    let height = element.clientHeight;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight < height) reveal(element, active);
      height = element.clientHeight;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [active]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex items-start justify-between gap-2 border-b border-rule px-4 pt-3 pb-2 max-lg:pt-1 dark:border-rule-dark">
        <div>
          <h2 id="claims-heading" className="font-sans text-lg font-semibold text-ink dark:text-ink-dark">
            Claims by theme
          </h2>
          {/*
            Narrow screens: the sheet's room goes to the claims (the Claims button shows the count). The hint, an
            element of its own so that print can leave it out, is hidden as its paragraph is (a visually hidden
            paragraph clips it, but its box would still reach past a narrow screen).
          */}
          <p className="text-[0.8125rem] text-ink-muted max-lg:sr-only print:not-sr-only dark:text-ink-muted-dark">
            {`${claims.length} claims in ${themes.length} themes.`}
            <span className="max-lg:sr-only print:hidden"> Choose one to see its quote.</span>
            <span className="hidden print:inline">
              {" "}
              Each names its quotes by number: the number is printed in the article above the first word of
              the quote.
            </span>
          </p>
        </div>
        {props.header}
      </div>
      <ThemeFilter themes={themes} counts={counts} focusedThemeId={focusedThemeId} dispatch={dispatch} />
      {/*
        Relative: the visually hidden text inside (absolutely positioned) must be placed, and clipped, in here; with
        the page as its containing block it stretched the page far below the article. Wide screens: at least
        12.5rem tall (the rail's briefing gives way first), growing into the rest.
      */}
      <div
        ref={list}
        className="relative min-h-0 flex-1 scroll-pt-10 overflow-y-auto overscroll-contain px-2 pb-6 motion-safe:scroll-smooth lg:flex-[1_1_12.5rem]"
      >
        {shown.map((theme) => (
          <section key={theme.id} aria-labelledby={`theme-${theme.id}-heading`} className="mt-4">
            {/* Sticks to the top of the list while its claims scroll by, so the theme stays named. */}
            <h3
              id={`theme-${theme.id}-heading`}
              className="sticky top-0 z-10 flex items-center gap-2 bg-paper px-2 py-1 font-sans text-base font-semibold text-ink dark:bg-paper-dark dark:text-ink-dark"
            >
              <span aria-hidden="true" className={`size-3 shrink-0 ${paletteClasses[theme.color].swatch}`} />
              {theme.label}
            </h3>
            <p className="mx-2 mb-2 text-sm text-ink-muted dark:text-ink-muted-dark">{theme.description}</p>
            <ul className="space-y-2">
              {claims
                .filter((claim) => claim.themeId === theme.id)
                .map((claim) => (
                  <ClaimItem
                    key={claim.id}
                    claim={claim}
                    palette={paletteClasses[theme.color]}
                    active={claim.id === props.activeClaimId}
                    nextQuoteId={claimNextQuoteId(claim, props.activeQuoteId)}
                    preview={claim.id === props.previewClaimId}
                    dispatch={dispatch}
                    renderActions={props.renderClaimActions}
                    printedReferences={quoteReferences(claim.quotes.map((q) => numbers.get(q.id) ?? 0))}
                  />
                ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
});

/** Scrolls the list so a claim shows below its theme's heading, which sticks to the top of the list. */
function reveal(list: HTMLElement, claimId: string): void {
  const claim = document.getElementById(claimElementId(claimId))?.closest("li");
  const heading = claim?.closest("section")?.querySelector("h3");
  if (claim) scrollWithin(list, claim, heading?.offsetHeight ?? 0);
}

/**
 * Scrolls `container` (and only it: the page stays put) so that `element` is fully visible below `covered` pixels
 * at the container's top (a sticky heading).
 */
function scrollWithin(container: HTMLElement, element: HTMLElement, covered: number): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const margin = 12;
  const top = box.top + covered + margin;
  let delta = 0;
  if (target.top < top) delta = target.top - top;
  // Its end into view, but never its start out of it (a claim taller than the list shows from its start).
  else if (target.bottom > box.bottom - margin)
    delta = Math.min(target.bottom - box.bottom + margin, target.top - top);
  // No `behavior`: the list's CSS `scroll-behavior` is smooth unless the reader asked for less motion.
  if (delta !== 0) container.scrollBy({ top: delta });
}
