// What src/app may use of the reader's own notes: the section, the popover's buttons, and what they need. The rest
// (the adapter, the list) loads inside the feature when the notes are wanted.
export { NotesSection } from "./NotesSection";
export type { NotesArticle } from "./notes-article";
export { newNoteStamp, SelectionButtons } from "./SelectionButtons";
