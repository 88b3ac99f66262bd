/** The tag (JSON Feed `tags`, RSS and Atom `category`) that marks a key event. */
export const KEY_EVENT_TAG = "key-event";

/** Whether one of an item's categories or tags marks it as a key event (case and surrounding space ignored). */
export function keyEventIn(categories: readonly unknown[]): boolean {
  return categories.some(
    (category) => typeof category === "string" && category.trim().toLowerCase() === KEY_EVENT_TAG,
  );
}
