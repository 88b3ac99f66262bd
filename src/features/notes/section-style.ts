// The look of "Your notes" and its heading (NotesSection.tsx).

export const sectionClass =
  "flex min-h-0 shrink-0 flex-col border-t border-rule data-open:max-h-[45%] print:hidden dark:border-rule-dark";
export const headingClass = "font-sans text-lg font-semibold text-ink dark:text-ink-dark";
export const toggleClass =
  "flex w-full justify-between px-4 py-2.5 text-left after:content-['+'] aria-expanded:after:content-['−']";
