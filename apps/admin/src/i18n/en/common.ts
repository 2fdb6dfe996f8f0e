/** Words used all over the app: buttons, states, the app's name. */
export const app = {
  name: "Quartet",
  skipToContent: "Skip to content",
} as const;

/** Buttons and small words shared by every page. */
export const common = {
  save: "Save",
  cancel: "Cancel",
  create: "Create",
  delete: "Delete",
  edit: "Edit",
  remove: "Remove",
  close: "Close",
  back: "Back",
  next: "Next",
  done: "Done",
  retry: "Try again",
  saved: "Changes saved",
  loadMore: "Load more",
  none: "—",
  never: "Never",
  you: "you",
  actions: "Actions",
  all: "All",
  reset: "Reset",
  unsavedChanges: "Unsaved changes",
} as const;

/** The page for an address the app does not know. */
export const notFound = {
  title: "Page not found",
  description: "The address may be mistyped, or the page belongs to a plugin that is not enabled.",
  back: "Go to the health page",
} as const;

/** The card shown where a role or a disabled plugin keeps a page closed. */
export const forbidden = {
  title: "This page is not available",
  description: "It belongs to a plugin your organisation has not enabled, or your role does not allow it.",
} as const;
