// React for the notes chunk, handed over by the page (`startNotes`) instead of imported. A second lazy chunk that
// imports React (CommonJS) beside the live briefing's makes Rolldown 1.2 move React out of the hydration chunk into
// a shared one: +0.8 kB gzip before hydration on every page view, measured with `npm run build`
// (rolldown/rolldown#10731). So the chunk's components use the classic JSX runtime on this binding
// (`@jsx React.createElement`) and its hooks as `React.useState`; nothing in the chunk refers to the react package.
// When Rolldown keeps shared CommonJS modules in place, import React normally and drop the pragmas.
import type * as ReactModule from "react";

/** The page's React; set before any component of the chunk renders. */
export let React: typeof ReactModule;

export function provideReact(react: typeof ReactModule): void {
  React = react;
}
