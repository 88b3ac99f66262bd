export { ArticleView } from "./ArticleView";
export type { ArticleNode, ArticleParagraph, MarkStyle } from "./types";
