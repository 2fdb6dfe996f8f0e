/** Prospecting's qualified leads in first sale: the catch-up offer and linking a deal to its lead. */
export const leads = {
  leads: {
    offer: {
      title: {
        one: "{count} lead is already qualified — create a deal for it?",
        other: "{count} leads are already qualified — create deals for them?",
      },
      text: "Prospecting qualified them before first sale was on. Each gets one deal in the main pipeline's first stage, assigned as handoffs are.",
      confirm: "Create deals",
      later: "Not now",
      progress: "Creating deals: {done} of {total}",
      done: "Deals created: {count}",
    },
    picker: {
      label: "Lead",
      none: "No lead",
      option: "{source} · qualified {date}",
    },
    channel: {
      "web-form": "Website form",
      telegram: "Telegram",
      call: "Call",
      email: "Email",
      manual: "Entered by hand",
    },
    card: {
      title: "Lead",
      from: "Qualified {date}",
      source: "Source: {source}",
      open: "Open the lead",
      link: "Link to a lead",
      linked: "The deal is linked to the lead",
      noLeads: "The client has no qualified leads without a deal",
    },
    ofLead: { title: "Deal", none: "No deal for this lead yet" },
  },
} as const;
