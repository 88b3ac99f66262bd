/** Build-time settings the briefing panel reads. */
interface ImportMetaEnv {
  /** URL of the live-briefing JSON Feed; defaults to the bundled sample `briefing.json` beside the app. */
  readonly VITE_BRIEFING_URL?: string;
}
