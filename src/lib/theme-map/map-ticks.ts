import type { ReaderModel } from "../content-model/types";
import { firstWords } from "../first-words";

/** One tick of the theme map: a quote and what its link is called (its place is in the build's stylesheet). */
export interface MapTick {
  quoteId: string;
  themeId: string;
  /**
   * The link's accessible name: the theme and the claim's first words, e.g. "Negotiations: Stoltenberg says…", or
   * "Production ramp-up (quote 1 of 2): He says…" for a claim with several quotes.
   */
  label: string;
}

/** A tick per anchored quote, in reading order. */
export function mapTicks(model: ReaderModel): MapTick[] {
  return model.quotes.map((quote) => {
    const claim = model.claimById.get(quote.claimId);
    const theme = model.themeById.get(quote.themeId)?.label ?? quote.themeId;
    const quotes = claim?.quotes ?? [];
    // A claim with several quotes has several ticks: number them, early, so their names differ at once.
    const nth = quotes.length > 1 ? ` (quote ${quotes.indexOf(quote) + 1} of ${quotes.length})` : "";
    return {
      quoteId: quote.id,
      themeId: quote.themeId,
      label: `${theme}${nth}: ${firstWords(claim?.summary ?? quote.exact)}`,
    };
  });
}
