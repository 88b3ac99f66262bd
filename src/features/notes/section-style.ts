// The look of "Your notes" and its heading, shared by the prerendered heading (NotesHeading.tsx) and the section
// the notes code renders in its place once loaded (NotesSection.tsx), so the swap is seamless.

export const sectionClass =
  "flex min-h-0 shrink-0 flex-col border-t border-rule data-open:max-h-[45%] print:hidden dark:border-rule-dark";
export const headingClass = "font-sans text-lg font-semibold text-ink dark:text-ink-dark";
export const toggleClass =
  "flex w-full justify-between px-4 py-2.5 text-left after:content-['+'] aria-expanded:after:content-['−']";
