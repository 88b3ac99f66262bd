import type { ContentError } from "../lib/content-model";

/** Shown instead of the reader when the content files are invalid: every error, precisely. */
export function ContentErrorPage({ errors }: { errors: readonly ContentError[] }) {
  return (
    <main className="mx-auto max-w-measure px-4 py-12 font-sans">
      <h1 className="text-2xl font-bold">The article's content files are invalid</h1>
      <p className="mt-2">
        The reader cannot be shown until these are fixed. Run <code>npm run check:content</code> for details.
      </p>
      <ul className="mt-6 space-y-3">
        {errors.map((error, i) => (
          <li key={i} className="rounded-md border border-rule p-3 dark:border-rule-dark">
            <p className="font-mono text-sm">
              {error.file} · {error.path}
              {error.annotationId ? ` · claim ${error.annotationId}` : ""}
              {error.quoteId ? ` · quote ${error.quoteId}` : ""}
            </p>
            <p className="mt-1">{error.message}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
