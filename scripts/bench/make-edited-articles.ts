// Rewrites the edited-article fixtures of the anchoring robustness benchmark from their seed:
// `npx tsx scripts/bench/make-edited-articles.ts`. A unit test fails if the stored files differ from what this writes.
import { writeEditedArticles } from "./robustness-trials";

await writeEditedArticles();
