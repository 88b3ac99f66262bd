import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { content } from "../content";
import { BriefingPanel } from "../features/briefing";
import { ContentErrorPage } from "./ContentErrorPage";
import { createQueryClient } from "./query-client";
import { Reader } from "./Reader";

/** Providers and the content gate: invalid content gets a precise error page, never a blank one. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {content.ok ? (
        <>
          <Reader model={content.model} />
          {/* Interim placement (briefing task): the layout should put this above the claims sidebar. */}
          <BriefingPanel promo={content.model.article.promo} />
        </>
      ) : (
        <ContentErrorPage errors={content.errors} />
      )}
    </QueryClientProvider>
  );
}
