// The reader's content: the data files, validated and anchored once at start-up.
import { buildReaderModel, type BuildResult } from "../lib/content-model";
import article from "./article.json";
import annotations from "./annotations.json";
import themes from "./themes.json";

/** The content model, or every error found in the content files. */
export const content: BuildResult = buildReaderModel(article, themes, annotations);
