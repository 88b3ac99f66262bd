import { startTransition, StrictMode, useEffect } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App";
import { pageTextsReader } from "./app/page-texts";
import { loadContent } from "./content/page";
import type { BuildResult } from "./lib/content-model/types";

/** Marks `<html data-hydrated>` once React has taken over the page: until then clicks and keys do nothing. */
function HydratedMarker() {
  useEffect(() => {
    document.documentElement.setAttribute("data-hydrated", "");
  }, []);
  return null;
}

/**
 * Starts the app in `root`: hydrates the prerendered page, or renders into an empty root (the dev server). The
 * prerender names the path it rendered in `data-page` (the 404 page is served at any path), so hydration starts
 * from the very state the HTML shows.
 */
export function start(root: HTMLElement): void {
  // Read before React touches the page: the texts it shows are the content's (checked by fingerprint).
  loadContent(pageTextsReader(root)).then(
    (content) => {
      mount(root, content);
    },
    (error: unknown) => {
      // Only the full content's chunk can fail to arrive (offline): the prerendered page stays readable.
      console.error("The reader's content could not be loaded; the page stays as prerendered.", error);
    },
  );
}

function mount(root: HTMLElement, content: BuildResult): void {
  const app = (
    <StrictMode>
      <App page={root.dataset.page ?? "/"} content={content} />
      <HydratedMarker />
    </StrictMode>
  );
  if (!root.hasChildNodes()) {
    createRoot(root).render(app);
    return;
  }
  // As a transition, hydration runs in short slices: the browser keeps answering input in between instead of
  // waiting on one long task (React hydrates a part at once when it is clicked).
  startTransition(() => {
    hydrateRoot(root, app, {
      // Logged as an error so a hydration mismatch fails the e2e tests, which fail on any console error.
      onRecoverableError(error, info) {
        console.error("Recoverable error while hydrating the prerendered page:", error, info.componentStack);
      },
    });
  });
}
