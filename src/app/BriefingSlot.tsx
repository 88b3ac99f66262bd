import { lazy, memo, Suspense } from "react";
import type { BriefingPanelProps } from "../features/briefing";
// Imported directly, not through the feature's index, so the panel's code stays out of the first-load bundle.
import { BriefingBoundary } from "../features/briefing/BriefingBoundary";

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
    // A failed chunk load (offline, a deploy replaced the file) says so in the panel's place, not a blank page.
    <BriefingBoundary message="The live briefing could not be loaded. Reload the page to try again.">
      <Suspense fallback={null}>
        <LiveBriefing {...props} />
      </Suspense>
    </BriefingBoundary>
  );
});
