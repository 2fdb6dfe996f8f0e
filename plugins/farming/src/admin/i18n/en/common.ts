/** Words every farming screen shares: the views, units with plurals, statuses, classes. */
export const common = {
  views: {
    label: "Farming views",
    day: "My day",
    portfolio: "Portfolio",
    whitespace: "Cross-sell",
    deals: "Expansion deals",
    stats: "Statistics",
    rules: "Rules",
  },
  units: {
    days: { one: "{count} day", other: "{count} days" },
    clients: { one: "{count} client", other: "{count} clients" },
    deals: { one: "{count} deal", other: "{count} deals" },
    orders: { one: "{count} order", other: "{count} orders" },
    categories: { one: "{count} category", other: "{count} categories" },
    tasks: { one: "{count} overdue task", other: "{count} overdue tasks" },
    months: { one: "{count} month", other: "{count} months" },
  },
  health: {
    healthy: "Healthy",
    watch: "Needs attention",
    "at-risk": "At risk",
    unknown: "Not enough history",
  },
  maturity: {
    single: "Single items",
    complex: "Complex supply",
    project: "Projects",
  },
  kind: { upsell: "Upsell", "cross-sell": "Cross-sell" },
  none: "—",
  noFarmer: "No farmer",
  save: "Save",
  cancel: "Cancel",
  saved: "Saved",
  open: "Open",
} as const;
