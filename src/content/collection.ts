// Every article of the content, for the build (src/entry-server.tsx): the pages and cards are listed from it. The
// browser never imports it: a page ships only the article it shows (src/content/index.ts, page.ts).
import compiled from "virtual:reader-content/collection";
import { loadCompiledCollection } from "../lib/content-model/compiled-collection";
import type { CollectionResult } from "../lib/content-model/types";

/** Every article and the theme vocabulary, or every error found in the content files. */
export const collection: CollectionResult = loadCompiledCollection(compiled);
