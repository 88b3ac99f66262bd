import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BriefingPanel, type BriefingPanelProps } from "../features/briefing";
import { createQueryClient } from "./query-client";

/**
 * The live briefing with the page's query client. Only the briefing queries anything, so the provider lives here
 * and TanStack Query loads with the panel's own chunk (see BriefingSlot), not with the first paint.
 */
export function LiveBriefing(props: BriefingPanelProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BriefingPanel {...props} />
    </QueryClientProvider>
  );
}
