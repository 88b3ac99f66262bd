// Kept apart from the adapter's other modules: passage links (in the page's first chunk) use it, and import nothing
// else of the adapter.

/**
 * Whether a quoted passage is only white space. Such a passage could only mark a gap between words (a selection is
 * trimmed when a note or a link is made), so imported annotations and passage links alike refuse it.
 */
export function onlyWhiteSpace(exact: string): boolean {
  return /^\s+$/.test(exact);
}
