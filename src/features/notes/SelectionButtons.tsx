/** @jsxRuntime classic */
/** @jsx React.createElement */
import type { ReactNode } from "react";
import type { TextRange } from "../../lib/text-range";
import { React } from "./react";

const button =
  "inline-flex min-h-6 items-center rounded px-1.5 py-0.5 font-sans text-xs font-medium text-accent underline underline-offset-2 hover:decoration-2 dark:text-accent-dark";

/** Highlight and Note, for the selection popover, before the page's other tools (`share`: Copy link). */
export function SelectionButtons(props: {
  range: TextRange;
  run: (command: "highlight" | "note", range: TextRange) => Promise<void>;
  share: ReactNode;
}) {
  const { range, run } = props;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <button
        type="button"
        className={button}
        aria-keyshortcuts="h"
        onClick={() => void run("highlight", range)}
      >
        Highlight
      </button>
      <button type="button" className={button} aria-keyshortcuts="n" onClick={() => void run("note", range)}>
        Note
      </button>
      {props.share}
    </span>
  );
}
