// The build's server entry (scripts/vite-plugin-prerender.ts): the page as `hydrateRoot` in src/hydrate.tsx expects it.
import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import { App } from "./app/App";
import { content } from "./content";
import { collection } from "./content/collection";
import type { ReaderModel } from "./lib/content-model/types";

/**
 * The model of the article the pages show (the collection's newest, its only one today), for the build's page list
 * and cards; null if any content is invalid.
 */
export function readerModel(): ReaderModel | null {
  return collection.ok ? (collection.collection.articles[0] ?? null) : null;
}

/**
 * Renders the app for the page at `path` (`/`, `/q/<quote-id>/`, `/t/<theme-id>/`, or the 404 page's) with every
 * lazy part resolved, as HTML for `#root`. Any error thrown while rendering fails the build, instead of shipping a
 * page that would silently be client-rendered.
 */
export async function render(path: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <App page={path} content={content} />
    </StrictMode>,
    {
      // Never outline a large Suspense boundary to reveal it later with an inline script: the CSP forbids those.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error) {
        errors.push(error);
      },
    },
  );
  const html = await new Response(prelude).text();
  if (errors.length > 0) throw new AggregateError(errors, "prerendering the reader failed");
  return html;
}
