/** How much a demo makes: companies, calls a caller makes a day, inbound requests, referral deals and how many are won. */
export type DemoSize = {
  companies: number;
  callsPerCallerDay: number;
  inbound: number;
  referralDeals: number;
  won: number;
};

/** `default`: a department with a living two years (about 30 s here); `small`: the same story, quick, for tests. */
export const demoSizes = {
  default: { companies: 120, callsPerCallerDay: 8, inbound: 6, referralDeals: 14, won: 5 },
  small: { companies: 36, callsPerCallerDay: 3, inbound: 4, referralDeals: 7, won: 3 },
} as const satisfies Record<string, DemoSize>;

/** A size's name. */
export type DemoSizeName = keyof typeof demoSizes;
