import { useRef } from "react";
import type { PassageSelector } from "../../lib/deep-link";
import { CopyLinkButton } from "./CopyLinkButton";
import { usePassageSelection } from "./use-passage-selection";

/** Props of `SelectionPopover`. */
export interface SelectionPopoverProps {
  /** The element holding the body paragraphs (`<p data-start>`); null until it is mounted. */
  container: HTMLElement | null;
  /** The article text those offsets index: `paragraphs.join("\n\n")`. */
  text: string;
  /** The absolute URL of a passage link (called when the reader copies or shares). */
  urlFor: (passage: PassageSelector) => string;
  /** The title offered to the share sheet. */
  shareTitle: string;
}

/**
 * A small popover next to a text selection in the article, offering "Copy link" (and "Share") for that passage.
 * Render it right after the article body: after selecting, Tab reaches it next. Escape closes it.
 */
export function SelectionPopover({ container, text, urlFor, shareTitle }: SelectionPopoverProps) {
  const popover = useRef<HTMLDivElement>(null);
  const { selection, clear } = usePassageSelection(container, text, popover);
  if (!selection) return null;
  const { passage, placement } = selection;

  return (
    <div
      ref={popover}
      role="group"
      aria-label="Link to the selected passage"
      className="fixed z-40 max-w-[calc(100vw-1rem)] rounded-md border border-rule bg-paper px-2 py-1.5 shadow-lg dark:border-rule-dark dark:bg-paper-dark"
      style={{
        top: placement.top,
        left: placement.left,
        transform: placement.above ? "translateY(-100%)" : undefined,
      }}
      // Pressing a button must not move focus out of, or collapse, the reader's selection.
      onMouseDown={(event) => {
        if (event.target instanceof Element && event.target.closest("button")) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") clear();
      }}
    >
      <CopyLinkButton
        key={`${passage.start}-${passage.end}`}
        getUrl={() => urlFor(passage)}
        subject="the selected passage"
        shareTitle={shareTitle}
      />
    </div>
  );
}
