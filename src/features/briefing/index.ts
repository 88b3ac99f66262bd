// The live-briefing feature: a collapsible panel over a polled JSON Feed (see README.md in this folder).
export { BriefingPanel } from "./BriefingPanelWithBoundary";
export type { BriefingPanelProps } from "./BriefingPanel";
export { briefingQueryOptions } from "./api/get-briefing";
