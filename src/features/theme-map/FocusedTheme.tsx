import type { Theme } from "../../lib/content-model/schema";
import { ARTICLE_PAGE_PATH } from "../../lib/deep-link";
import { isPlainClick } from "../../lib/plain-click";
import type { ReaderAction } from "../../lib/reader/state";
import { paletteClasses } from "../../lib/theme-palette";

interface FocusedThemeProps {
  theme: Theme;
  dispatch: (action: ReaderAction) => void;
}

/**
 * Names the focused theme wherever the reader is (the site bar), with a link that shows all themes again: to the
 * page that shows them (`/`), which with script clears the theme in place.
 */
export function FocusedTheme({ theme, dispatch }: FocusedThemeProps) {
  return (
    <p className="focused-theme">
      <span className="sr-only">Focused theme: </span>
      <span aria-hidden="true" className={`size-2.5 shrink-0 ${paletteClasses[theme.color].swatch}`} />
      <b>{theme.label}</b>
      <a
        href={ARTICLE_PAGE_PATH}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          dispatch({ type: "theme-focused", themeId: null });
        }}
      >
        <span aria-hidden="true">✕</span>
        <span className="sr-only">Show all themes</span>
      </a>
    </p>
  );
}
