// What src/app may use of sharing; inside this folder, files import each other directly.
export { CopyLinkButton } from "./CopyLinkButton";
