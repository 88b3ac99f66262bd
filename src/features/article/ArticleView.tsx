import type { MouseEvent, ReactNode, Ref } from "react";
import { Paragraph } from "./Paragraph";
import type { ArticleParagraph, MarkStyle } from "./types";

interface ArticleViewProps {
  headline: string;
  caption: string;
  publisher: string;
  paragraphs: readonly ArticleParagraph[];
  /** Style of each highlight by quote id. */
  markStyles: ReadonlyMap<string, MarkStyle>;
  activeQuoteId: string | null;
  previewQuoteIds: ReadonlySet<string>;
  focusedThemeId: string | null;
  onQuoteClick: (quoteId: string) => void;
  onQuoteHover: (quoteId: string | null) => void;
  /** The element holding the body text, for selection mapping. */
  bodyRef?: Ref<HTMLDivElement>;
  /** Rendered after the body (e.g. the passage-sharing popover). */
  children?: ReactNode;
}

function quoteIdAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>("mark[data-quote]")?.dataset.quote ?? null;
}

/** The article, verbatim, with its quotes highlighted. */
export function ArticleView({ bodyRef, ...props }: ArticleViewProps) {
  const { paragraphs, markStyles, activeQuoteId, previewQuoteIds, focusedThemeId } = props;

  function handleClick(event: MouseEvent) {
    // A click that ends a text selection is a selection, not a jump.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    const quoteId = quoteIdAt(event.target);
    if (quoteId) props.onQuoteClick(quoteId);
  }

  return (
    <article aria-labelledby="article-headline" className="mx-auto max-w-measure">
      <p className="mb-3 font-sans text-sm font-semibold tracking-wide text-accent uppercase dark:text-accent-dark">
        Interview · {props.publisher}
      </p>
      <h1
        id="article-headline"
        className="font-serif text-3xl leading-tight font-bold text-balance text-ink sm:text-4xl dark:text-ink-dark"
      >
        {props.headline}
      </h1>
      <p className="mt-4 border-l-2 border-rule pl-3 font-sans text-sm text-ink-muted italic dark:border-rule-dark dark:text-ink-muted-dark">
        <span className="sr-only">Photo caption: </span>
        {props.caption}
      </p>
      <div
        ref={bodyRef}
        className="article-body mt-8 space-y-5 font-serif text-[1.1875rem] leading-[1.7] text-ink dark:text-ink-dark"
        onClick={handleClick}
        onMouseOver={(event) => {
          props.onQuoteHover(quoteIdAt(event.target));
        }}
        onMouseLeave={() => {
          props.onQuoteHover(null);
        }}
      >
        {paragraphs.map((paragraph) => {
          const ids = paragraph.quoteIds;
          return (
            <Paragraph
              key={paragraph.start}
              start={paragraph.start}
              nodes={paragraph.nodes}
              markStyles={markStyles}
              activeQuoteId={activeQuoteId !== null && ids.has(activeQuoteId) ? activeQuoteId : null}
              previewKey={[...previewQuoteIds].filter((id) => ids.has(id)).join(" ")}
              focusedThemeId={focusedThemeId}
            />
          );
        })}
      </div>
      {props.children}
    </article>
  );
}
