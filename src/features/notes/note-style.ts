// The look of the buttons in a note's editor and its conflict notice.
export const editorButton =
  "rounded-md border border-rule px-3 py-1 font-sans text-sm font-medium text-ink hover:bg-ink/5 disabled:opacity-60 dark:border-rule-dark dark:text-ink-dark dark:hover:bg-ink-dark/10";
