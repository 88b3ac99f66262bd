import { useEffect, useMemo, useRef, type MouseEvent } from "react";
import type { Article, Theme } from "../../lib/content-model/schema";
import { previewsByParagraph, type ArticleParagraph, type OwnHighlight } from "../../lib/reader/highlights";
import type { ReaderAction } from "../../lib/reader/state";
import type { Request } from "../../lib/reader/store";
import { paletteClasses } from "../../lib/theme-palette";
import type { ThemeStyle } from "./mark-attributes";
import { Paragraph } from "./Paragraph";
import { SelectionPopover, type SelectionTools } from "./SelectionPopover";
import { useOwnInk } from "./use-own-ink";

interface ArticleViewProps {
  article: Pick<Article, "headline" | "caption">;
  themes: readonly Theme[];
  paragraphs: readonly ArticleParagraph[];
  /** The reader's own highlights (also in `paragraphs`, each as one <mark>): their ink is painted over the text. */
  own: readonly OwnHighlight[];
  /** The reader's notes are loading or here: the code that inks their highlights is fetched too. */
  inkWanted: boolean;
  activeQuoteId: string | null;
  activeNoteId: string | null;
  previewQuoteIds: ReadonlySet<string>;
  focusedThemeId: string | null;
  dispatch: (action: ReaderAction) => void;
  /** The latest request to bring the active quote or passage into view; performed once per `seq`. */
  scrollRequest: Request<"scroll-article"> | null;
  /** What the page offers for a selected passage. */
  selectionTools: SelectionTools;
}

const NO_PREVIEWS: ReadonlySet<string> = new Set();

/** The innermost editorial quote or own highlight under a click. */
function markAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>("mark[data-quote], mark[data-note]") : null;
}

function quoteIdAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>("mark[data-quote]")?.dataset.quote ?? null;
}

/** Whether the start of `mark` is on screen and not covered (by the sticky site bar or the claims sheet, say). */
function inView(mark: Element): boolean {
  const line = mark.getClientRects()[0];
  if (!line) return false;
  const hit = document.elementFromPoint(line.left + Math.min(line.width / 2, 8), line.top + line.height / 2);
  return hit !== null && (hit === mark || mark.contains(hit) || hit.contains(mark));
}

/**
 * The article, verbatim, with its quotes highlighted; it scrolls itself to the active quote when asked. Its DOM text
 * is the article's text and nothing else: headline, caption, paragraphs.
 */
export function ArticleView({
  article,
  themes,
  paragraphs,
  dispatch,
  scrollRequest,
  ...props
}: ArticleViewProps) {
  const body = useRef<HTMLDivElement>(null);
  const styles = useMemo(
    () =>
      new Map<string, ThemeStyle>(
        themes.map((t) => [t.id, { label: `${t.label} quote`, palette: paletteClasses[t.color] }]),
      ),
    [themes],
  );
  const previews = useMemo(
    () => previewsByParagraph(paragraphs, props.previewQuoteIds),
    [paragraphs, props.previewQuoteIds],
  );

  const { own, activeNoteId } = props;
  const ink = useOwnInk(body, props.inkWanted, { own, activeNoteId, paragraphs });

  useEffect(() => {
    if (!scrollRequest || !body.current) return;
    const { target, placement } = scrollRequest;
    const selector =
      target.kind === "quote"
        ? `mark[id="${CSS.escape(target.quoteId)}"]`
        : target.kind === "note"
          ? `mark[data-note="${CSS.escape(target.noteId)}"]`
          : "mark[data-passage]";
    const mark = body.current.querySelector(selector);
    if (!mark || (scrollRequest.ifHidden && inView(mark))) return;
    // No `behavior`: the page's CSS `scroll-behavior` scrolls smoothly unless the reader asked for less motion.
    mark.scrollIntoView({ block: placement === "top" ? "start" : "center" });
  }, [scrollRequest]);

  function handleClick(event: MouseEvent) {
    // A click that ends a text selection is a selection, not a jump.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    // By the text under the pointer, as an own highlight's ink reaches beyond its one <mark>; with no character
    // under it (a keyboard "click", the pencil), or before the notes code has loaded, by the element.
    const hit = ink && body.current ? ink.at(body.current, event.clientX, event.clientY, paragraphs) : null;
    const { quote, note } = hit
      ? {
          quote: hit.kind === "quote" ? hit.quoteId : undefined,
          note: hit.kind === "own" ? hit.noteId : undefined,
        }
      : (markAt(event.target)?.dataset ?? {});
    if (note !== undefined) dispatch({ type: "note-clicked", noteId: note });
    else if (quote !== undefined) dispatch({ type: "quote-clicked", quoteId: quote });
  }

  return (
    <article aria-labelledby="article-headline" className="mx-auto max-w-measure">
      <h1
        id="article-headline"
        className="font-serif text-3xl leading-tight font-bold text-balance text-ink sm:text-4xl dark:text-ink-dark"
      >
        {article.headline}
      </h1>
      {article.caption === undefined ? null : (
        <p
          data-label="Photo caption"
          className="mt-4 border-l-2 border-rule pl-3 font-sans text-sm text-ink-muted dark:border-rule-dark dark:text-ink-muted-dark"
        >
          {article.caption}
        </p>
      )}
      <div
        ref={body}
        className="article-body mt-8 space-y-5 font-serif text-[1.1875rem] leading-[1.7] text-ink dark:text-ink-dark"
        onClick={handleClick}
        onMouseOver={(event) => {
          dispatch({ type: "quote-hovered", quoteId: quoteIdAt(event.target) });
        }}
        onMouseLeave={() => {
          dispatch({ type: "quote-hovered", quoteId: null });
        }}
      >
        {paragraphs.map((paragraph, i) => (
          <Paragraph
            key={paragraph.start}
            start={paragraph.start}
            nodes={paragraph.nodes}
            styles={styles}
            activeQuoteId={
              props.activeQuoteId !== null && paragraph.quoteIds.has(props.activeQuoteId)
                ? props.activeQuoteId
                : null
            }
            activeNoteId={props.activeNoteId}
            previews={previews[i] ?? NO_PREVIEWS}
            focusedThemeId={props.focusedThemeId}
          />
        ))}
      </div>
      <SelectionPopover body={body} tools={props.selectionTools} />
    </article>
  );
}
