// What src/app may use of the article; inside this folder, files import each other directly.
export { ArticleView } from "./ArticleView";
export { prerenderedParagraphs } from "./prerendered-text";
export { selectedArticleRange } from "./selected-range";
export type { SelectionTools } from "./SelectionPopover";
export { visibleTextRange } from "./visible-text";
