/** Words every VIP screen shares: the views, units with plurals, states, refusals. */
export const common = {
  views: { label: "VIP views", desk: "Key accounts", program: "Program", sla: "SLA report" },
  units: {
    days: { one: "{count} day", other: "{count} days" },
    clients: { one: "{count} client", other: "{count} clients" },
    requests: { one: "{count} request", other: "{count} requests" },
  },
  duration: { minutes: "{m} min", hours: "{h} h", both: "{h} h {m} min" },
  trend: { up: "Growing", down: "Falling", flat: "Steady" },
  slaState: { breached: "SLA breached", running: "Waiting for a reply", ok: "No open requests" },
  none: "—",
  cancel: "Cancel",
  remove: "Remove",
  errors: {
    offline: "The server cannot be reached. Check the connection.",
  },
} as const;
