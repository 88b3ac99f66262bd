import type { ReactNode, Ref } from "react";
import { ClaimItem } from "./ClaimItem";
import { ThemeFilter } from "./ThemeFilter";
import type { SidebarClaim, SidebarTheme } from "./types";

interface ClaimsSidebarProps {
  themes: readonly SidebarTheme[];
  claims: readonly SidebarClaim[];
  activeClaimId: string | null;
  previewClaimId: string | null;
  focusedThemeId: string | null;
  onClaimActivate: (claimId: string) => void;
  onClaimHover: (claimId: string | null) => void;
  onFocusTheme: (themeId: string | null) => void;
  /** Per-claim controls composed in by the app (share links). */
  renderClaimActions?: (claim: SidebarClaim) => ReactNode;
  /** The scrolling list, so the app can bring the active claim into view. */
  listRef?: Ref<HTMLDivElement>;
  /** Shown above the themes: e.g. the close button of the narrow-screen panel. */
  header?: ReactNode;
}

/** The claims grouped by theme; a focused theme is shown alone, with a way back to all themes. */
export function ClaimsSidebar({ listRef, ...props }: ClaimsSidebarProps) {
  const { themes, claims, focusedThemeId, onFocusTheme } = props;
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.themeId, (counts.get(claim.themeId) ?? 0) + 1);
  const focused = themes.find((t) => t.id === focusedThemeId);
  const shown = focused ? [focused] : themes;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-start justify-between gap-2 border-b border-rule px-4 pt-4 pb-3 dark:border-rule-dark">
        <div>
          <h2 id="claims-heading" className="font-sans text-lg font-semibold text-ink dark:text-ink-dark">
            Claims by theme
          </h2>
          <p className="text-sm text-ink-muted dark:text-ink-muted-dark">
            {claims.length} claims in {themes.length} themes. Choose a claim to see its quote.
          </p>
        </div>
        {props.header}
      </div>
      <ThemeFilter
        themes={themes}
        counts={counts}
        focusedThemeId={focusedThemeId}
        onFocusTheme={onFocusTheme}
      />
      <div ref={listRef} className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-2 pb-6">
        {focused && (
          <p className="mx-2 mt-3 flex flex-wrap items-center gap-2 text-sm text-ink-muted dark:text-ink-muted-dark">
            Showing 1 of {themes.length} themes.
            <button
              type="button"
              onClick={() => {
                onFocusTheme(null);
              }}
              className="rounded-sm font-medium text-accent underline underline-offset-2 dark:text-accent-dark"
            >
              Show all themes
            </button>
          </p>
        )}
        {shown.map((theme) => (
          <section key={theme.id} aria-labelledby={`theme-${theme.id}-heading`} className="mt-4">
            <h3
              id={`theme-${theme.id}-heading`}
              className="mx-2 flex items-center gap-2 font-sans text-base font-semibold text-ink dark:text-ink-dark"
            >
              <span aria-hidden="true" className={`size-3 shrink-0 rounded-full ${theme.palette.swatch}`} />
              {theme.label}
            </h3>
            <p className="mx-2 mb-2 text-sm text-ink-muted dark:text-ink-muted-dark">{theme.description}</p>
            <ul className="space-y-2">
              {props.claims
                .filter((claim) => claim.themeId === theme.id)
                .map((claim) => (
                  <ClaimItem
                    key={claim.id}
                    claim={claim}
                    theme={theme}
                    active={claim.id === props.activeClaimId}
                    preview={claim.id === props.previewClaimId}
                    onActivate={props.onClaimActivate}
                    onHover={props.onClaimHover}
                    actions={props.renderClaimActions?.(claim)}
                  />
                ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
