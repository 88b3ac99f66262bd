import { BriefingBoundary } from "./BriefingBoundary";
import { BriefingPanel as Panel, type BriefingPanelProps } from "./BriefingPanel";

/** The live-briefing panel, fenced by an error boundary so it can never take the page down. */
export function BriefingPanel(props: BriefingPanelProps) {
  return (
    <BriefingBoundary>
      <Panel {...props} />
    </BriefingBoundary>
  );
}
