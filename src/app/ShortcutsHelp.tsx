import { lazy, Suspense, useState, type ComponentType } from "react";
import type { ReaderAction } from "../lib/reader/state";
import { loadShortcutsDialog, type ShortcutsProps } from "./shortcuts-lazy";
import { ShortcutsUnavailable } from "./ShortcutsUnavailable";

const ShortcutsDialog = lazy<ComponentType<ShortcutsProps>>(() =>
  loadShortcutsDialog().then(
    ({ ShortcutsDialog }) => ({ default: ShortcutsDialog }),
    (error: unknown) => {
      console.error("The keyboard shortcuts could not be loaded.", error);
      return { default: ShortcutsUnavailable };
    },
  ),
);

/**
 * The shortcuts dialog, a chunk of its own: mounted the first time it opens, then kept (closing it restores focus
 * where it was). It opens as the state says when its code arrives, so `?` then Escape before that leaves it shut.
 */
export function ShortcutsHelp({
  open,
  dispatch,
}: {
  open: boolean;
  dispatch: (action: ReaderAction) => void;
}) {
  const [mounted, setMounted] = useState(false);
  if (open && !mounted) setMounted(true);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog open={open} dispatch={dispatch} />
    </Suspense>
  );
}
