import { content } from "../content";
import { BriefingSlot } from "./BriefingSlot";
import { ContentErrorPage } from "./ContentErrorPage";
import { Reader } from "./Reader";

/** The content gate: invalid content gets a precise error page, never a blank one. */
export function App() {
  return content.ok ? (
    <Reader model={content.model} briefing={<BriefingSlot promo={content.model.article.promo} />} />
  ) : (
    <ContentErrorPage errors={content.errors} />
  );
}
