import { content } from "../content";
import { LiveBriefing } from "../features/briefing/LiveBriefing";
import { ContentErrorPage } from "./ContentErrorPage";
import { Reader } from "./Reader";

/** The content gate: invalid content gets a precise error page, never a blank one. */
export function App() {
  if (!content.ok) return <ContentErrorPage errors={content.errors} />;
  const { model } = content;
  return <Reader model={model} briefing={<LiveBriefing promo={model.article.promo} />} />;
}
