/**
 * The promo's text as the panel shows it. Copied from a web page, it ends "…, click here." where the page had a link;
 * the content gives no address for it, and none is invented, so a sentence that only points at a missing link is
 * left out rather than shown as an instruction that leads nowhere.
 */
export function promoText(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/\bclick here\b/i.test(sentence))
    .join(" ");
}
