interface ReadMoreProps {
  /** The id of the text these buttons show more or less of. */
  bodyId: string;
  /** The part being read (from 0), or `null` while the item is shortened. */
  part: number | null;
  /** How many parts the item has once read; `null` while shortened. */
  parts: number | null;
  /** The item's title, short: it names the buttons apart from other items' for assistive technology. */
  label: string;
  /** Shows that part (`null`: shortened again); `focusBody` when the reader turned a part and continues in it. */
  onPart: (part: number | null, focusBody: boolean) => void;
}

const button =
  "min-h-9 pointer-coarse:min-h-11 rounded-full border border-rule px-3 py-1 text-sm font-semibold text-accent hover:bg-ink/5 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent dark:border-rule-dark dark:text-accent-dark dark:hover:bg-ink-dark/10 dark:focus-visible:outline-accent-dark";

/**
 * "Read more" under a long item, and once it is read, its parts one at a time: "Previous part", "Part 2 of 5",
 * "Next part", and "Show less". The toggle stays the same button, so focus stays on it; turning a part moves focus
 * to the text, where reading goes on.
 */
export function ReadMore({ bodyId, part, parts, label, onPart }: ReadMoreProps) {
  const context = <span className="sr-only">: {label}</span>;
  const paged = part !== null && parts !== null && parts > 1;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 font-sans">
      {paged && (
        <>
          <button
            type="button"
            className={button}
            disabled={part === 0}
            onClick={() => {
              onPart(part - 1, true);
            }}
          >
            Previous part{context}
          </button>
          <span className="text-xs text-ink-muted dark:text-ink-muted-dark">
            Part {(part + 1).toLocaleString("en")} of {parts.toLocaleString("en")}
          </span>
          <button
            type="button"
            className={button}
            disabled={part === parts - 1}
            onClick={() => {
              onPart(part + 1, true);
            }}
          >
            Next part{context}
          </button>
        </>
      )}
      <button
        type="button"
        className={button}
        aria-expanded={part !== null}
        aria-controls={bodyId}
        onClick={() => {
          onPart(part === null ? 0 : null, false);
        }}
      >
        {part === null ? "Read more" : "Show less"}
        {context}
      </button>
    </div>
  );
}
