import { headingClass, sectionClass, toggleClass } from "./section-style";

/**
 * "Your notes" as the prerendered page has it: a closed section whose heading opens it, loading the notes code.
 * Kept tiny on purpose; NotesSection.tsx takes its place, looking the same, once the code has loaded.
 */
export function NotesHeading({ onOpen }: { onOpen: () => void }) {
  return (
    <section aria-labelledby="notes-heading" className={`no-app:hidden ${sectionClass}`}>
      <h2 id="notes-heading" className={headingClass}>
        <button type="button" aria-expanded={false} onClick={onOpen} className={toggleClass}>
          Your notes
        </button>
      </h2>
    </section>
  );
}
