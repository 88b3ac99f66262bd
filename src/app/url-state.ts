// The one module that reads `location` and writes `history` (formats: src/lib/deep-link/FORMATS.md). It turns the
// controller's `write-url` effects into history entries, and the page's URL (on load, Back/Forward, a hand-edited
// fragment) into `link-followed` actions.
import { useEffect } from "react";
import {
  buildHref,
  onPage,
  shareHref,
  withFragmentDirective,
  type ReaderLocation,
  type UrlParts,
} from "../lib/deep-link";
import type { ReaderStore } from "../lib/reader/store";

// Safari refuses more than 100 history writes in 10 seconds; a held `j` must not freeze the reader, so the newest
// URL waits here until history accepts it again.
const RETRY_MS = 1_000;

/**
 * The URL the browser was sent to for the current history entry, where the browser keeps it: Chromium strips a
 * text fragment (`#:~:text=…`) from `location`, but its Navigation API entry and the page's navigation timing entry
 * keep it. Browsers that show neither leave the text fragment to their own highlighting (FORMATS.md).
 */
function requestedUrl(): string | null {
  const { navigation } = window as { navigation?: { currentEntry?: { url?: string | null } | null } };
  const entry = navigation?.currentEntry?.url;
  if (typeof entry === "string") return entry;
  const [timing] = performance.getEntriesByType("navigation");
  return timing?.name ?? null;
}

/** The current site-relative href, with the text fragment that `location` hides where it can be read. */
function currentHref(): string {
  const url = new URL(withFragmentDirective(window.location.href, requestedUrl()));
  return url.pathname + url.search + url.hash;
}

/** Splits a site-relative href into the parts `parseLocation` reads. */
export function splitHref(href: string): UrlParts {
  const hashAt = href.indexOf("#");
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const searchAt = beforeHash.indexOf("?");
  return {
    path: searchAt === -1 ? beforeHash : beforeHash.slice(0, searchAt),
    search: searchAt === -1 ? "" : beforeHash.slice(searchAt),
    hash: hashAt === -1 ? "" : href.slice(hashAt),
  };
}

function writeHistory(href: string, mode: "push" | "replace"): boolean {
  try {
    if (mode === "push") window.history.pushState(null, "", href);
    else window.history.replaceState(null, "", href);
    return true;
  } catch {
    return false;
  }
}

/** The href of `url`'s parts. */
function joinHref(url: UrlParts): string {
  return (url.path ?? "/") + url.search + url.hash;
}

/**
 * Keeps the URL and the reader in step. Applies the page's URL once mounted (the prerendered page shows its own
 * path's state, so hydration matches, and the query and fragment come after); from then on the controller writes
 * the URL and the browser's own navigations come back as `link-followed`. Writes are root links (`/#<quote-id>`),
 * also from a quote page: its path would otherwise contradict what the reader shows (FORMATS.md, History). `page`
 * is the path the page was prerendered for: a host that served it at another spelling of that path (`/q/<id>`,
 * `//`, upper case) has its address replaced by the page's own.
 */
export function useUrlSync(store: ReaderStore, page: string): void {
  useEffect(() => {
    let pending: string | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // The last URL followed or written: `popstate` and `hashchange` both report one fragment navigation.
    let last: string | null = null;

    function retryPending() {
      retry = setTimeout(() => {
        if (pending === null) return;
        if (writeHistory(pending, "replace")) pending = null;
        else retryPending();
      }, RETRY_MS);
    }

    function follow() {
      // Back, forward and hand-edited fragments win over a URL history has not accepted yet.
      pending = null;
      clearTimeout(retry);
      const href = currentHref();
      if (href === last) return;
      const url = onPage(splitHref(href), page);
      last = joinHref(url);
      if (last !== href) writeHistory(last, "replace");
      store.dispatch({ type: "link-followed", url });
    }

    const stopWriting = store.on("write-url", ({ mode, location }) => {
      const href = buildHref(location);
      last = href;
      if (pending !== null || !writeHistory(href, mode)) {
        pending = href;
        clearTimeout(retry);
        retryPending();
      }
    });
    window.addEventListener("popstate", follow);
    window.addEventListener("hashchange", follow);
    follow();
    return () => {
      stopWriting();
      clearTimeout(retry);
      window.removeEventListener("popstate", follow);
      window.removeEventListener("hashchange", follow);
    };
  }, [store, page]);
}

/**
 * The absolute URL to share for `location`: a lone quote's or theme's own page, which unfurls as that quote or
 * theme, else the root link. Call it in event handlers only.
 */
export function absoluteUrl(location: ReaderLocation): string {
  return window.location.origin + shareHref(location);
}
