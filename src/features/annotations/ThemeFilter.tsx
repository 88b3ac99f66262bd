import type { Theme } from "../../lib/content-model/schema";
import { ARTICLE_PAGE_PATH, themePagePath } from "../../lib/deep-link";
import { isPlainClick } from "../../lib/plain-click";
import type { ReaderAction } from "../../lib/reader/state";
import { paletteClasses } from "../../lib/theme-palette";

interface ThemeFilterProps {
  themes: readonly Theme[];
  /** Claims per theme id. */
  counts: ReadonlyMap<string, number>;
  focusedThemeId: string | null;
  dispatch: (action: ReaderAction) => void;
}

/**
 * The themes as links to their pages (`/t/<theme-id>/`); the focused one is current and leads back to every theme
 * (`/`). So they work without script (and open a new tab when asked); with it, a plain click focuses the theme in
 * place, or clears it, through the controller.
 */
export function ThemeFilter({ themes, counts, focusedThemeId, dispatch }: ThemeFilterProps) {
  return (
    <nav aria-label="Themes" className="border-b border-rule px-4 py-2 dark:border-rule-dark">
      <p className="mb-1.5 text-xs max-lg:sr-only font-semibold tracking-wide text-ink-muted uppercase dark:text-ink-muted-dark">
        Focus a theme
      </p>
      {/*
        Narrow screens and short rails: one row that scrolls sideways, so the claims keep the room; wide: two
        compact columns.
      */}
      <ul className="flex gap-1.5 lg:grid lg:grid-cols-2 lg:gap-1 chips-row:-mx-1 chips-row:flex chips-row:overflow-x-auto chips-row:px-1 chips-row:pb-1">
        {themes.map((theme) => {
          const pressed = theme.id === focusedThemeId;
          return (
            <li key={theme.id}>
              <a
                href={pressed ? ARTICLE_PAGE_PATH : themePagePath(theme.id)}
                aria-current={pressed ? "true" : undefined}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  dispatch({ type: "theme-focused", themeId: pressed ? null : theme.id });
                }}
                className={`inline-flex min-h-8 shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm leading-tight lg:text-[0.8125rem] transition-colors pointer-coarse:min-h-11 lg:w-full chips-row:w-auto chips-row:whitespace-nowrap ${
                  pressed
                    ? "border-ink bg-ink text-paper dark:border-ink-dark dark:bg-ink-dark dark:text-paper-dark"
                    : "border-rule bg-paper text-ink hover:border-ink-muted dark:border-rule-dark dark:bg-paper-dark dark:text-ink-dark"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`size-2.5 shrink-0 ${paletteClasses[theme.color].swatch}`}
                />
                {theme.label}
                <span className="text-xs opacity-80">{`(${counts.get(theme.id) ?? 0})`}</span>
                {/* Where the current theme's link leads, said as its toggle's "pressed" said it. */}
                {pressed && <span className="sr-only">, show all themes</span>}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
