import type { SheetSize } from "./state";

/** Where the claims sheet settles when let go, from its height as a share of the screen's. */
export function snapSheet(share: number): SheetSize | "closed" {
  // Dragged most of the way down: the reader wants it gone.
  if (share < 0.3) return "closed";
  return share < 0.72 ? "half" : "full";
}
