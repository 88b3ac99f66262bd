/** The DOM id of a claim's link in the sidebar (quote ids own the bare ids). */
export function claimElementId(claimId: string): string {
  return `claim-${claimId}`;
}
