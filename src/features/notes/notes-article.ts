/** What the notes feature knows of the page it is on, given by the app. */
export interface NotesArticle {
  /** The article's id: the annotations' `source`, and the key its drafts are kept under. */
  id: string;
  headline: string;
  /** The article text every range refers to. */
  text: string;
  /** The page's address without query or fragment, read when exporting (passage links are built on it). */
  pageUrl: () => string;
}
