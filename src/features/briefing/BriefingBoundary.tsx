import { Component, type ErrorInfo, type ReactNode } from "react";

interface BriefingBoundaryProps {
  children: ReactNode;
}

/** Keeps a failure (rendering, or loading the panel's code) inside the panel: the article and claims stay readable. */
export class BriefingBoundary extends Component<BriefingBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Still reported (it is a bug), but no longer fatal to the page.
    console.error("Live briefing failed", error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section
        aria-label="Live briefing"
        className="rounded-md border border-rule p-4 font-sans text-sm dark:border-rule-dark"
      >
        <h2 className="text-base lg:font-semibold">Live briefing</h2>
        <p className="mt-1">The live briefing could not be shown. Reload the page to try again.</p>
      </section>
    );
  }
}
