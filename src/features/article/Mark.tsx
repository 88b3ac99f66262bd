import type { ReactNode } from "react";
import type { MarkStyle } from "./types";

interface MarkProps {
  quoteId: string;
  first: boolean;
  style: MarkStyle;
  active: boolean;
  preview: boolean;
  recede: boolean;
  children: ReactNode;
}

const passageClasses = "bg-accent/15 decoration-accent dark:bg-accent-dark/20 dark:decoration-accent-dark";

/** A highlighted quote (or one piece of it). Colour is never the only cue: the theme is named for screen readers. */
export function Mark({ quoteId, first, style, active, preview, recede, children }: MarkProps) {
  const palette = style.palette;
  return (
    <mark
      id={first ? quoteId : undefined}
      data-quote={quoteId}
      data-theme={style.themeId ?? undefined}
      aria-current={active && first ? "true" : undefined}
      data-active={active || undefined}
      data-preview={preview || undefined}
      data-recede={recede || undefined}
      className={`quote-mark cursor-pointer rounded-[2px] text-inherit underline decoration-2 underline-offset-[3px] [box-decoration-break:clone] ${
        palette ? palette.mark : passageClasses
      } ${palette ? palette.activeOutline : "outline-accent dark:outline-accent-dark"}`}
    >
      {first && (
        <span className="sr-only select-none" data-offset-ignore="">
          {style.label}:{" "}
        </span>
      )}
      {children}
    </mark>
  );
}
