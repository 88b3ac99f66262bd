export { ClaimsSidebar } from "./ClaimsSidebar";
export { claimElementId, type SidebarClaim, type SidebarTheme } from "./types";
