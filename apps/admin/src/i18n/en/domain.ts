/** The four sales functions: names and what each one does. */
export const functions = {
  prospecting: "Prospecting",
  "first-sale": "First sale",
  farming: "Client development",
  vip: "VIP clients",
  none: "General",
  about: {
    prospecting:
      "Finds people who express interest: forms, messages, cold calls that end in a “yes, send it”.",
    "first-sale": "Turns a lead into the first money received. The strongest negotiators.",
    farming: "Keeps regular contact, widens the assortment, moves clients to bigger supplies.",
    vip: "Serves the key clients on special terms, picked by your own criteria.",
    none: "Plugins that serve every function.",
  },
} as const;

/** How a company staffs its functions as it grows. */
export const stages = {
  label: "Growth stage",
  solo: {
    title: "Solo founder",
    description: "You do everything yourself: find clients, sell, keep them and look after the big ones.",
  },
  specialists: {
    title: "A specialist per function",
    description: "One person per function: a caller, a hunter, an account manager, a key-account manager.",
  },
  departments: {
    title: "A department per function",
    description: "Each function has a team with a lead: many callers, several hunters and farmers.",
  },
} as const;

/** How far a role reaches into records. */
export const scopes = {
  label: "Records it sees",
  own: { title: "Own", description: "Only records assigned to the person", short: "Own records" },
  team: { title: "Team", description: "Records of the person's teams", short: "Team records" },
  all: { title: "All", description: "Every record of the organisation", short: "All records" },
} as const;

/** Names of the built-in roles. */
export const roleNames = {
  owner: "Owner",
  admin: "Administrator",
  "head-of-sales": "Head of sales",
  member: "Member",
  caller: "Caller",
  viewer: "Viewer",
  custom: "a custom role",
} as const;
