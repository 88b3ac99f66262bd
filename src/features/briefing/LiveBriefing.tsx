import { lazy, memo, Suspense } from "react";
import { BriefingBoundary } from "./BriefingBoundary";
import type { BriefingPanelProps } from "./BriefingPanel";
import { useEarlyToggle } from "./early-toggle";

// The live briefing's own chunk (the panel, TanStack Query and the JSON Feed parser): not needed for first paint. The
// XML parser and the HTML sanitisers are further chunks, loaded only when a feed is XML or an update has HTML. The
// prerendered panel stays in the page until the chunk arrives and React hydrates it; until then a click on its toggle
// is recorded by early-toggle.ts (before the page's own hydration, like every control, it is inert).
const BriefingRoot = lazy(() =>
  import("./BriefingRoot").then(({ BriefingRoot }) => ({ default: BriefingRoot })),
);

/**
 * The live-briefing feature's one entry. A failure to load its code or to render it stays inside the panel: the
 * article and the claims stay readable. Memoised on purpose: a still-dehydrated Suspense boundary that receives new
 * props is thrown away and client-rendered (a recoverable error), so the props must keep their identity.
 */
export const LiveBriefing = memo(function LiveBriefing(props: BriefingPanelProps) {
  useEarlyToggle();
  return (
    <BriefingBoundary>
      <Suspense fallback={null}>
        <BriefingRoot {...props} />
      </Suspense>
    </BriefingBoundary>
  );
});
