// React for the app's lazy chunks that render (the shortcuts dialog), handed over at run time by the code that
// loads them (shortcuts-lazy.ts) instead of imported: a lazy chunk that imports React (CommonJS) beside the live
// briefing's makes Rolldown 1.2 move React out of the hydration chunk into a shared one fetched before hydration
// (rolldown/rolldown#10731), and a module re-exporting React, or a copy of it, moves it as well (tried). Such
// chunks use the classic JSX runtime on `React.createElement` (the automatic one would import react/jsx-runtime),
// as the notes feature does (src/features/notes/react.ts). When Rolldown keeps shared CommonJS modules in place,
// import React normally and drop the pragmas.
import type * as ReactModule from "react";

/** The page's React; set before any component of those chunks renders. */
export let React: typeof ReactModule;

export function provideReact(react: typeof ReactModule): void {
  React = react;
}
