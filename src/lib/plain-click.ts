// Links the app handles itself (theme chips, claims, the theme map's ticks) leave every other click to the browser.

/** What a click event says about how it was made. */
export interface ClickKind {
  /** 0 for the primary button. */
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * A primary click with no modifier key: the one a link's page may handle in place. Any other (Ctrl or ⌘ for a new
 * tab, Shift for a new window, Alt to download, the middle button) asks the browser for something the app must
 * not take away.
 */
export function isPlainClick(click: ClickKind): boolean {
  return click.button === 0 && !click.ctrlKey && !click.metaKey && !click.shiftKey && !click.altKey;
}
