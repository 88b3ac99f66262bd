// React for the open panel's chunk (BriefingBody and what only it renders), taken from this module of the
// briefing's main chunk instead of imported from the react package there. When a second lazy chunk imports React
// (CommonJS) itself, Rolldown 1.2 moves React out of the hydration chunk into a shared one fetched before
// hydration (+0.6 kB gzip on every page view, rolldown/rolldown#10731); an ES module already loaded by the briefing's
// chunk stays where it is. So the open panel's files take React from here and use the classic JSX runtime on
// `React.createElement` (the automatic runtime would import react/jsx-runtime). The panel's main chunk imports this
// module for itself, so it is never split from it (the app's lazy dialog, loaded from the hydration chunk, needed
// React handed over at run time instead: src/app/react-bridge.ts). When Rolldown keeps shared CommonJS modules in place, import
// React normally and drop the pragmas.
import * as ReactModule from "react";
import * as ReactDom from "react-dom";

// A copy, not React's module object: Rolldown inlines a re-export, or a constant bound to that object, into the
// importing chunk as an import of React itself, which is what must not happen.
export const React: typeof ReactModule = { ...ReactModule };
export const flushSync: typeof ReactDom.flushSync = ReactDom.flushSync;
