/** Article text + highlighted ranges -> per-paragraph runs and nested mark trees, ready to render. */
export { segmentParagraphs } from "./segments";
export type {
  MarkNode,
  MarkRange,
  ParagraphSegments,
  Run,
  SegmentNode,
  TextNode,
  TextRange,
} from "./segments";
