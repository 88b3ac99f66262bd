// The look of the page's notices (a link that could not be followed in full, shortcuts that could not be loaded):
// one amber box with its Dismiss or Close button, so they read as the same kind of message.
export const noticeBox =
  "flex items-start gap-3 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 font-sans text-sm text-ink dark:border-amber-400 dark:bg-amber-950 dark:text-ink-dark";
export const noticeButton =
  "rounded-md border border-current px-2 py-1 font-medium hover:bg-ink/5 pointer-coarse:min-h-11";
