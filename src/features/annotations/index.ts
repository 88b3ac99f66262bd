// What src/app may use of the claims sidebar; inside this folder, files import each other directly.
export { ClaimsSidebar } from "./ClaimsSidebar";
export { prerenderedSummaries } from "./prerendered-text";
