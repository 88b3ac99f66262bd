import { createFeedPoller } from "./poll-feed";

/** The feed poller on the page's own thread: where workers are unavailable (tests in Node, a blocked worker). */
export const pollInThread = createFeedPoller();
