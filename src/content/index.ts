// The article the reader shows (the newest; today the only one). The build validates and anchors the data files
// (scripts/vite-plugin-content.ts), so the browser loads the result instead of zod and the anchoring code; invalid
// files arrive as their list of errors.
import compiled from "virtual:reader-content";
import { loadCompiledContent } from "../lib/content-model/assemble-model";
import type { BuildResult } from "../lib/content-model";

/** The content model, or every error found in the content files. */
export const content: BuildResult = loadCompiledContent(compiled);
