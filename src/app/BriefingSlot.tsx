import { Component, lazy, memo, Suspense, type ReactNode } from "react";
import type { BriefingPanelProps } from "../features/briefing";

// Not needed for first paint: the prerendered panel stays in the page until this chunk (feed parsing, DOMPurify,
// TanStack Query) arrives and React hydrates it. Until then its toggle, like every control before hydration, is
// inert (React drops clicks on a boundary it cannot hydrate yet); the download starts as hydration does.
const LiveBriefing = lazy(() => import("./LiveBriefing").then((m) => ({ default: m.LiveBriefing })));

/**
 * Where the live briefing goes. Memoised on purpose: a still-dehydrated Suspense boundary that receives new props
 * is thrown away and client-rendered (a recoverable error), so pass props that keep their identity.
 */
export const BriefingSlot = memo(function BriefingSlot(props: BriefingPanelProps) {
  return (
    <LoadBoundary>
      <Suspense fallback={null}>
        <LiveBriefing {...props} />
      </Suspense>
    </LoadBoundary>
  );
});

/** A failed chunk load (offline, a deploy replaced the file) says so in the panel's place, not a blank page. */
class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    console.error("Live briefing could not be loaded", error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section
        aria-label="Live briefing"
        className="rounded-md border border-rule p-4 font-sans text-sm dark:border-rule-dark"
      >
        <h2 className="text-base font-semibold">Live briefing</h2>
        <p className="mt-1">The live briefing could not be loaded. Reload the page to try again.</p>
      </section>
    );
  }
}
