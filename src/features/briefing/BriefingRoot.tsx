import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BriefingPanel, type BriefingPanelProps } from "./BriefingPanel";

/** The panel with its query client: only the briefing queries anything, so TanStack Query loads with it. */
export function BriefingRoot(props: BriefingPanelProps) {
  // The one query sets its own options (api/get-briefing.ts): no client defaults.
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <BriefingPanel {...props} />
    </QueryClientProvider>
  );
}
