// The quotes' numbers in the print edition: the printed article numbers each quote where it begins (src/print.css
// counts the quotes' first pieces as they come in the page, which is reading order), and each claim names its
// quotes by those numbers.
import { inReadingOrder } from "./assemble-model";
import type { Claim } from "./types";

/** Each anchored quote's number: its place in reading order (by start, the longer first on a tie), from 1. */
export function quoteNumbers(claims: readonly Claim[]): ReadonlyMap<string, number> {
  const quotes = claims.flatMap((claim) => claim.quotes).sort(inReadingOrder);
  return new Map(quotes.map((quote, index) => [quote.id, index + 1]));
}

/** How a claim names its quotes by number: "Quote 3", "Quotes 3 and 7", "Quotes 3, 7 and 9"; "" for none. */
export function quoteReferences(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b).map(String);
  const last = sorted.pop();
  if (last === undefined) return "";
  return sorted.length === 0 ? `Quote ${last}` : `Quotes ${sorted.join(", ")} and ${last}`;
}
