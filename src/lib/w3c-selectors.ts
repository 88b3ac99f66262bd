/**
 * The selector types the W3C Web Annotation Data Model defines (§4.2). A target may list several as alternative
 * ways to find one passage: the content's schema and the notes' import both refuse any other type by name.
 */
export const W3C_SELECTOR_TYPES: ReadonlySet<string> = new Set([
  "FragmentSelector",
  "CssSelector",
  "XPathSelector",
  "TextQuoteSelector",
  "TextPositionSelector",
  "DataPositionSelector",
  "SvgSelector",
  "RangeSelector",
]);
