import { lazy, Suspense } from "react";
import type { BuildResult } from "../lib/content-model/types";
import { LiveBriefing } from "../features/briefing";
import { Reader } from "./Reader";

// Only an editor's broken content files show it (the build warns), so readers never fetch it: 0.35 kB gzip less on
// every page view. The prerender waits for it, so the page still arrives whole.
const ContentErrorPage = lazy(() =>
  import("./ContentErrorPage").then((m) => ({ default: m.ContentErrorPage })),
);

/**
 * The content gate: invalid content gets a precise error page, never a blank one. `page` is the path the HTML is
 * (pre)rendered for: `/`, a quote or theme page, or the 404 page. `content` comes whole to the prerender and, in the
 * browser, partly from the prerendered page (src/content/page.ts).
 */
export function App({ page, content }: { page: string; content: BuildResult }) {
  if (!content.ok) {
    return (
      <Suspense>
        <ContentErrorPage errors={content.errors} />
      </Suspense>
    );
  }
  const { model } = content;
  // The live briefing belongs to an article that promotes it; an article without a promo shows none.
  const { promo } = model.article;
  return <Reader model={model} page={page} briefing={promo ? <LiveBriefing promo={promo} /> : null} />;
}
