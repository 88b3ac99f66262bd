// What the runner (scripts/bench.ts) gives each section of the bench.

export interface Context {
  /** The production build (prerendered, with its manifest), made once on first use; throws if the build failed. */
  dist: () => Promise<string>;
  /** Prints one line of the report at once, so a section that fails later keeps what it measured. */
  print: (line: string) => void;
  /** Prints a warning: something went wrong that does not make the figures wrong. */
  warn: (message: string) => void;
  /** Records that the run must exit 1 (an enforced budget exceeded) without stopping the section. */
  fail: (reason: string) => void;
}

export interface Section {
  /** The heading; also the name that `npm run bench -- <name>` matches to run some sections only. */
  title: string;
  run: (context: Context) => Promise<void>;
  /** Printed under a failure: what to check or run next. */
  hint: string;
}
