import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";

/** Where copying or sharing a link stands. */
export type CopyState =
  | { step: "idle" }
  /** The link is on the clipboard (or in the share sheet); `message` confirms it. */
  | { step: "done"; message: string }
  /** The browser refused: the link is shown for copying by hand. */
  | { step: "manual"; message: string; url: string };

/** How long a confirmation stays before the status line clears. */
const CONFIRMATION_MS = 5_000;

const noSubscription = () => () => undefined;

/**
 * False while the page is prerendered or being hydrated, true once the app runs: the buttons need the app, so the
 * HTML leaves them out (a dead button for readers without JavaScript, and bytes in every page's first round trip).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** Whether the Web Share API exists; false in the prerendered page and until hydration. */
export function useCanShare(): boolean {
  return useSyncExternalStore(
    noSubscription,
    // Typed as always present, but only some browsers have it (not Firefox or desktop Linux Chrome).
    () => "share" in navigator,
    () => false,
  );
}

const manualHint = "The link is selected in the field below: press Ctrl+C (⌘C on a Mac) to copy it.";

/** Copy and share actions for a link built at click time, with the status they leave behind. */
export function useCopyLink(getUrl: () => string, shareTitle: string) {
  const [state, setState] = useState<CopyState>({ step: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  const confirm = useCallback((message: string) => {
    clearTimeout(timer.current);
    setState({ step: "done", message });
    timer.current = setTimeout(() => {
      setState({ step: "idle" });
    }, CONFIRMATION_MS);
  }, []);

  const showManual = useCallback((url: string, why: string) => {
    clearTimeout(timer.current);
    setState({ step: "manual", url, message: `${why} ${manualHint}` });
  }, []);

  const copy = useCallback(async () => {
    const url = getUrl();
    try {
      // Insecure contexts have no async clipboard at all; treat it as a refusal.
      if (!("clipboard" in navigator)) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      confirm("Link copied");
    } catch {
      showManual(url, "Copying to the clipboard was not allowed.");
    }
  }, [getUrl, confirm, showManual]);

  const share = useCallback(async () => {
    const url = getUrl();
    try {
      await navigator.share({ title: shareTitle, url });
      confirm("Link shared");
    } catch (error) {
      // The reader closed the share sheet: nothing failed.
      if (error instanceof DOMException && error.name === "AbortError") return;
      showManual(url, "Sharing did not work.");
    }
  }, [getUrl, shareTitle, confirm, showManual]);

  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setState({ step: "idle" });
  }, []);

  return { state, copy, share, dismiss };
}
