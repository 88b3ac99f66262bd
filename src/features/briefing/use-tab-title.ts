import { useEffect } from "react";
import { titleWithCount, type TitleMemory } from "../../lib/feed";

// What we last wrote to document.title and the page's own title under it (one panel per page).
let memory: TitleMemory = { base: null, written: null };

function showCount(count: number) {
  const next = titleWithCount(document.title, count, memory);
  memory = next.memory;
  if (document.title !== next.title) document.title = next.title;
}

/**
 * "(N) " in front of the tab's title while N updates wait behind "Show N new updates", so a reader in another tab
 * sees that there is something new; set once per change of the count, removed when they are shown.
 */
export function useTabTitleCount(count: number): void {
  useEffect(() => {
    showCount(count);
  }, [count]);
  useEffect(
    () => () => {
      showCount(0);
    },
    [],
  );
}
