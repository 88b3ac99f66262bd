import { useEffect } from "react";
import { isBriefingOpen, setBriefingOpen } from "./disclosure-store";

// The panel's own chunk hydrates it some time after the page has hydrated (LiveBriefing.tsx): until then its
// toggle is prerendered markup, and React does not replay a click on it once the chunk arrives (measured: the panel
// stayed closed). So from the page's hydration until the panel's, this records such a click as the reader's choice:
// briefing.css shows the content from <html>'s attribute at once, and the panel opens from the stored choice when
// it hydrates, as for a reader who left it open.

let live = false;

/** Called as the panel hydrates (a layout effect: no click can fall between its handlers and this). */
export function markBriefingLive(): void {
  live = true;
}

/** Handles clicks on the panel's toggle while the panel's chunk has not yet hydrated it. */
export function useEarlyToggle(): void {
  useEffect(() => {
    if (live) return;
    const onClick = (event: MouseEvent) => {
      if (live || !(event.target instanceof Element)) return;
      // The attribute BriefingPanel gives its toggle.
      if (event.target.closest("[data-briefing-toggle]") === null) return;
      setBriefingOpen(!isBriefingOpen());
    };
    // Capturing: React stops a click aimed at a boundary it has not hydrated before it bubbles (and then drops it).
    document.addEventListener("click", onClick, { capture: true });
    return () => {
      document.removeEventListener("click", onClick, { capture: true });
    };
  }, []);
}
