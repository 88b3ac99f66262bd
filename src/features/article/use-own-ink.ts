import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import type { ArticleParagraph, OwnHighlight } from "../../lib/reader/highlights";
import type { OwnInkTools } from "./own-ink";

/**
 * The ink of the reader's own highlights (own-ink.ts), a chunk of its own: fetched once `wanted` (the notes are on
 * their way, so their highlights can be inked the moment they arrive), then painted after every render of the
 * paragraphs (their text nodes change), before the frame is painted. Null until its code is here.
 */
export function useOwnInk(
  body: RefObject<HTMLElement | null>,
  wanted: boolean,
  paint: {
    own: readonly OwnHighlight[];
    activeNoteId: string | null;
    paragraphs: readonly ArticleParagraph[];
  },
): OwnInkTools | null {
  const [ink, setInk] = useState<OwnInkTools | null>(null);
  const { own, activeNoteId, paragraphs } = paint;

  useEffect(() => {
    if (!wanted || ink) return;
    let live = true;
    import("./own-ink").then(
      ({ ownInk }) => {
        if (live) setInk(ownInk);
      },
      (error: unknown) => {
        console.error("The ink of your highlights could not be loaded.", error);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, ink]);
  useLayoutEffect(() => {
    if (ink && body.current) ink.paint(body.current, own, activeNoteId);
  }, [ink, body, paragraphs, own, activeNoteId]);
  useEffect(() => ink?.clear, [ink]);
  return ink;
}
