import type { ReactNode } from "react";
import { claimElementId, type SidebarClaim, type SidebarTheme } from "./types";

interface ClaimItemProps {
  claim: SidebarClaim;
  theme: SidebarTheme;
  active: boolean;
  preview: boolean;
  onActivate: (claimId: string) => void;
  onHover: (claimId: string | null) => void;
  /** Extra controls for the claim (e.g. "Copy link"), composed in by the app. */
  actions?: ReactNode;
}

/** One claim: a button that jumps to its quote, plus any actions. */
export function ClaimItem({ claim, theme, active, preview, onActivate, onHover, actions }: ClaimItemProps) {
  const quoteCount = claim.quoteIds.length;
  return (
    <li
      data-preview={preview || undefined}
      className={`group rounded-md border-l-4 ${theme.palette.border} transition-colors ${
        active ? "bg-ink/[0.06] dark:bg-ink-dark/10" : preview ? "bg-ink/[0.04] dark:bg-ink-dark/[0.07]" : ""
      }`}
      onMouseEnter={() => {
        onHover(claim.id);
      }}
      onMouseLeave={() => {
        onHover(null);
      }}
    >
      <button
        type="button"
        id={claimElementId(claim.id)}
        aria-current={active ? "true" : undefined}
        aria-describedby={`${claimElementId(claim.id)}-meta`}
        disabled={quoteCount === 0}
        onClick={() => {
          onActivate(claim.id);
        }}
        onFocus={() => {
          onHover(claim.id);
        }}
        onBlur={() => {
          onHover(null);
        }}
        className="block w-full rounded-r-md px-3 pt-2 pb-1 text-left text-[0.95rem] leading-snug text-ink disabled:cursor-not-allowed dark:text-ink-dark"
      >
        {claim.summary}
      </button>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 pb-2 text-xs text-ink-muted dark:text-ink-muted-dark">
        <span id={`${claimElementId(claim.id)}-meta`}>
          {quoteCount === 1 ? "1 quote" : `${quoteCount} quotes`}
          {claim.orphanCount > 0 ? ` · ${claim.orphanCount} not found in the text` : ""}
        </span>
        {actions}
      </div>
    </li>
  );
}
