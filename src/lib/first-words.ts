/** The first words of a sentence, to tell controls about different claims apart for screen readers. */
export function firstWords(sentence: string, words = 6): string {
  const parts = sentence.split(/\s+/);
  return parts.length <= words ? sentence : `${parts.slice(0, words).join(" ")}…`;
}
