import type { Theme } from "../../content/schema";
import type { ReaderAction } from "../../lib/reader/state";
import { paletteClasses } from "../../lib/theme-palette";

interface FocusedThemeProps {
  /** The focused theme, or null (nothing is shown). */
  theme: Theme | null;
  dispatch: (action: ReaderAction) => void;
}

/** Names the focused theme wherever the reader is (the site bar), with a button that shows all themes again. */
export function FocusedTheme({ theme, dispatch }: FocusedThemeProps) {
  if (!theme) return null;
  const palette = paletteClasses[theme.color];
  return (
    <p className="flex min-w-0 items-center gap-1.5 rounded-full border border-rule py-0.5 pr-0.5 pl-2.5 font-sans text-sm text-ink dark:border-rule-dark dark:text-ink-dark">
      <span className="sr-only">Focused theme: </span>
      <span aria-hidden="true" className={`size-2.5 shrink-0 ${palette.swatch}`} />
      <span className="min-w-0 font-semibold">{theme.label}</span>
      <button
        type="button"
        onClick={() => {
          dispatch({ type: "theme-focused", themeId: null });
        }}
        className="inline-flex size-8 shrink-0 items-center justify-center rounded-full hover:bg-ink/10 pointer-coarse:size-11 dark:hover:bg-ink-dark/15"
      >
        <span aria-hidden="true">✕</span>
        <span className="sr-only">Show all themes</span>
      </button>
    </p>
  );
}
