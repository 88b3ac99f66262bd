// What src/app may use of the theme map; inside this folder, files import each other directly.
export { FocusedTheme } from "./FocusedTheme";
export { ThemeMap } from "./ThemeMap";
