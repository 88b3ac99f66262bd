export type ShortcutCommand =
  | "next-quote"
  | "previous-quote"
  | "next-theme"
  | "previous-theme"
  | "clear"
  | "help"
  | "highlight"
  | "note"
  | "quiet";

/** One documented shortcut, for the help dialog. */
export interface ShortcutDoc {
  /** The key as the reader types it. */
  key: string;
  description: string;
  command: ShortcutCommand;
}

/** The shortcuts, in the order the help dialog lists them. */
export const shortcutDocs: readonly ShortcutDoc[] = [
  { key: "j", description: "Next quote (within the focused theme, if any)", command: "next-quote" },
  { key: "k", description: "Previous quote", command: "previous-quote" },
  { key: "]", description: "Focus the next theme", command: "next-theme" },
  { key: "[", description: "Focus the previous theme", command: "previous-theme" },
  { key: "Escape", description: "Clear the active quote and focused theme", command: "clear" },
  { key: "h", description: "Highlight the selected text", command: "highlight" },
  { key: "n", description: "Note on the selected text", command: "note" },
  { key: "q", description: "Hide or show highlights", command: "quiet" },
  { key: "?", description: "Show these shortcuts", command: "help" },
];

/** The parts of a key event that decide whether it is a shortcut. */
export interface KeyInput {
  /** `KeyboardEvent.key`. */
  key: string;
  /** Any of Ctrl, Meta or Alt held: those combinations belong to the browser. */
  withModifier: boolean;
  /** The event target is a text field, select or contenteditable: the reader is typing. */
  inEditable: boolean;
  /** An IME composition is in progress. */
  composing: boolean;
}

const byKey = new Map(shortcutDocs.map((doc) => [doc.key, doc.command]));

/** The command a key press runs, or null when it is not a shortcut here. */
export function commandForKey(input: KeyInput): ShortcutCommand | null {
  if (input.withModifier || input.inEditable || input.composing) return null;
  return byKey.get(input.key) ?? null;
}
