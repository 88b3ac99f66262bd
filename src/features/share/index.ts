export { CopyLinkButton, type CopyLinkButtonProps } from "./CopyLinkButton";
export { rangeToOffsets, type TextOffsets } from "./range-to-offsets";
export { SelectionPopover, type SelectionPopoverProps } from "./SelectionPopover";
