// What src/app may use of the briefing: the panel, which loads the rest of the feature when it is wanted.
export { LiveBriefing } from "./LiveBriefing";
