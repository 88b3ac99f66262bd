import type { ReaderAction, SheetSize } from "../lib/reader/state";

interface SheetHandleProps {
  size: SheetSize;
  dispatch: (action: ReaderAction) => void;
}

/** The claims sheet's handle (narrow screens): it snaps the sheet between half and full height. */
export function SheetHandle({ size, dispatch }: SheetHandleProps) {
  const full = size === "full";
  return (
    <button
      type="button"
      aria-label={full ? "Shrink claims to half the screen" : "Expand claims to the full screen"}
      onClick={() => {
        dispatch({ type: "claims-resized", size: full ? "half" : "full" });
      }}
      className="sheet-handle"
    />
  );
}
