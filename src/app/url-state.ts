// The one module that reads `location` and writes `history`; everything else asks it (see deep-link/FORMATS.md).
import { useMemo, useSyncExternalStore } from "react";
import {
  buildSearchAndHash,
  parseLocation,
  type KnownIds,
  type LinkProblem,
  type ReaderLocation,
  type UrlParts,
} from "../lib/deep-link";

/**
 * How a navigation treats history. `push`: a new entry (clicks, theme changes). `replace`: rewrite the current
 * entry (cleaning a link after its notice is dismissed). `step`: `j`/`k` — the first step of a run pushes and the
 * following ones replace, so Back returns to where the run began and history never floods.
 */
export type HistoryMode = "push" | "replace" | "step";

/** Options of `navigate`. */
export interface NavigateOptions {
  /** How the navigation treats history. */
  mode: HistoryMode;
}

/** What `useReaderLocation` gives a component. */
export interface ReaderLocationState {
  /** Where the URL puts the reader; parts that cannot be followed are `null`. */
  location: ReaderLocation;
  /** What in the URL could not be followed, for a `role="status"` notice; a new array whenever the URL changes. */
  problems: LinkProblem[];
  /** The current site-relative href (`/` during prerender and hydration); a key for per-URL state. */
  href: string;
}

// Marks history entries made by `step`, so the next step replaces them instead of pushing.
const STEP_STATE = { readerStep: true } as const;
// Safari refuses more than 100 history writes in 10 seconds; a held `j` must not freeze the reader, so the URL
// lives here until history accepts it again.
const RETRY_MS = 1_000;

const listeners = new Set<() => void>();
let pendingHref: string | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function notify() {
  for (const listener of listeners) listener();
}

/** Back, forward and hand-edited fragments win over a URL history has not accepted yet. */
function onBrowserNavigation() {
  pendingHref = null;
  clearTimeout(retryTimer);
  notify();
}

/** Subscribes to URL changes: back/forward, fragment edits and `navigate`. Returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener("popstate", onBrowserNavigation);
    window.addEventListener("hashchange", onBrowserNavigation);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener("popstate", onBrowserNavigation);
      window.removeEventListener("hashchange", onBrowserNavigation);
    }
  };
}

/** The current site-relative href: path, query and fragment. */
export function getSnapshot(): string {
  return pendingHref ?? window.location.pathname + window.location.search + window.location.hash;
}

/** The prerendered page always shows the default location; the real URL is applied right after hydration. */
export function getServerSnapshot(): string {
  return "/";
}

/** Splits a site-relative href into the parts `parseLocation` reads. */
export function splitHref(href: string): UrlParts {
  const hashAt = href.indexOf("#");
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const searchAt = beforeHash.indexOf("?");
  return {
    search: searchAt === -1 ? "" : beforeHash.slice(searchAt),
    hash: hashAt === -1 ? "" : href.slice(hashAt),
  };
}

function writeHistory(href: string, mode: HistoryMode): boolean {
  try {
    const current: unknown = window.history.state;
    const inStepRun =
      typeof current === "object" &&
      current !== null &&
      "readerStep" in current &&
      current.readerStep === true;
    if (mode === "push" || (mode === "step" && !inStepRun)) {
      window.history.pushState(mode === "step" ? STEP_STATE : null, "", href);
    } else {
      window.history.replaceState(mode === "step" ? STEP_STATE : null, "", href);
    }
    return true;
  } catch {
    return false;
  }
}

function retryPending() {
  retryTimer = setTimeout(() => {
    if (pendingHref === null) return;
    if (writeHistory(pendingHref, "replace")) pendingHref = null;
    else retryPending();
  }, RETRY_MS);
}

/** Moves the reader to `location`; a no-op when the URL already says so. `pushState` fires no event: we notify. */
export function navigate(location: ReaderLocation, { mode }: NavigateOptions): void {
  const href = window.location.pathname + buildSearchAndHash(location);
  if (href === getSnapshot()) return;
  if (pendingHref !== null || !writeHistory(href, mode)) {
    pendingHref = href;
    clearTimeout(retryTimer);
    retryPending();
  }
  notify();
}

/** The absolute URL of `location` on this page, for copying and sharing; call it in event handlers only. */
export function absoluteUrl(location: ReaderLocation): string {
  return window.location.origin + window.location.pathname + buildSearchAndHash(location);
}

/**
 * The reader location in the URL, kept current across back/forward and hand edits. `known` must be stable
 * (build it once from the content); the first render, prerendered, is always the default location.
 */
export function useReaderLocation(known: KnownIds): ReaderLocationState {
  const href = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return useMemo(() => ({ ...parseLocation(splitHref(href), known), href }), [href, known]);
}
