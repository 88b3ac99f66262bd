/**
 * A half-open range `[start, end)` of a text, in UTF-16 code units (JavaScript string indices). Every offset pair
 * in the reader — paragraphs, quotes, passages, selections, position hints — is this type or extends it.
 */
export type TextRange = {
  start: number;
  end: number;
};
