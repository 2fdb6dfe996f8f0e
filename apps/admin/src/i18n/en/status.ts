/** The home page (the four legs, the month's plan, the team's week) and the system page (the server and its plugins). */
export const status = {
  title: "Sales overview",
  subtitle: "Which leg wobbles, the month's plan, the team's week, open deals and overdue work.",
  refresh: "Refresh",
  system: {
    nav: "System",
    title: "System",
    subtitle: "The server, its version and the plugins installed on it.",
  },
  server: {
    title: "Server",
    online: "Online",
    offline: "Unreachable",
    checking: "Checking…",
    version: "Version",
    plugins: "Plugins installed",
    checked: "Last check",
  },
  error: {
    title: "The server does not answer",
    description: "Check that Quartet is running, then refresh this page.",
  },
  plugins: {
    title: "Installed plugins",
    count: { one: "{count} plugin", other: "{count} plugins" },
    name: "Name",
    function: "Function",
    empty: "No plugins installed",
    emptyHint: "Plugins are listed in the server's configuration. Each one holds up a leg of the stool.",
  },
} as const;

/** The stool: who holds up each leg. */
export const legs = {
  title: "The four legs",
  description:
    "A sales department stands on four functions. A leg stands when someone covers it and its plugin is on.",
  all: "All four legs stand",
  covered: { one: "{count} of four legs stands", other: "{count} of four legs stand" },
  none: "No leg stands yet",
  nobody: "Nobody",
  allPaused: "Everyone paused",
  paused: "paused",
  pluginOn: "Plugin enabled",
  pluginOff: "No plugin enabled",
  diagram: "A stool on four legs. Standing: {present}. Missing: {missing}. Muted: {muted}.",
  nothing: "none",
  manage: "Manage staffing",
} as const;
