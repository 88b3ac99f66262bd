import type { ReaderModel } from "../content-model/types";
import { reduce } from "./reduce";
import { initialReaderState, type ReaderState } from "./state";

/**
 * The reader's state on the page at `path` (`/`, `/q/<quote-id>/`, `/t/<theme-id>/`, or any other path, which
 * shows the notice of the 404 page), as a fresh load of that path shows it before the rest of its URL is read. The
 * build prerenders each page in this state, and the browser hydrates from the same state, so the two agree; the
 * URL's query and fragment are then followed like any link.
 */
export function stateForPage(path: string, model: ReaderModel): ReaderState {
  return reduce(initialReaderState, { type: "link-followed", url: { path, search: "", hash: "" } }, model)
    .state;
}
