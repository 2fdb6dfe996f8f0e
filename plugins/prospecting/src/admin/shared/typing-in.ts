/** The screen's hotkeys: the design system keeps them, shared with other plugins' screens. */
export { screenKeys, typingIn } from "@quartet/ui";
