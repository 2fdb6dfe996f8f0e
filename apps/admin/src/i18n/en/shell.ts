/** The sidebar. */
export const nav = {
  label: "Main navigation",
  open: "Open navigation",
  close: "Close navigation",
  overview: "Workspace",
  plugins: "Plugins",
  health: "Overview",
  clients: "Clients",
  myWork: "My work",
  functions: "Functions",
  team: "Team",
  settings: "Settings",
  version: "Version {version}",
} as const;

/** The interface language. */
export const language = {
  label: "Interface language",
  ru: "Русский",
  en: "English",
  loading: "Switching the language…",
  loadFailed: "Could not switch the language. Check the connection and try again.",
} as const;

/** The organisation switcher in the top bar. */
export const orgSwitcher = {
  label: "Organisation: {name}. Switch organisation",
  heading: "Your organisations",
  create: "Create organisation",
  switched: "You now work in {name}",
} as const;

/** The account menu in the top bar. */
export const userMenu = {
  label: "Account: {name}",
  language: "Language",
  signOut: "Sign out",
} as const;
