import type { Theme } from "../../lib/content-model/schema";
import type { ReaderAction } from "../../lib/reader/state";
import { paletteClasses } from "../../lib/theme-palette";

interface FocusedThemeProps {
  theme: Theme;
  dispatch: (action: ReaderAction) => void;
}

/** Names the focused theme wherever the reader is (the site bar), with a button that shows all themes again. */
export function FocusedTheme({ theme, dispatch }: FocusedThemeProps) {
  return (
    <p className="focused-theme">
      <span className="sr-only">Focused theme: </span>
      <span aria-hidden="true" className={`size-2.5 shrink-0 ${paletteClasses[theme.color].swatch}`} />
      <b>{theme.label}</b>
      <button
        type="button"
        onClick={() => {
          dispatch({ type: "theme-focused", themeId: null });
        }}
      >
        <span aria-hidden="true">✕</span>
        <span className="sr-only">Show all themes</span>
      </button>
    </p>
  );
}
