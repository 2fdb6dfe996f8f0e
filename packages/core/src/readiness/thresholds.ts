/**
 * The thresholds of the readiness signals, one named constant each, so the rules, the tests and
 * `docs/architecture.md` speak of the same numbers. They are defaults a company could later set.
 */
export const readinessThresholds = {
  /** hire-callers: cold calls a week one generalist (the owner, or a caller who holds another leg) makes… */
  coldCallsPerWeek: 50,
  /** …in each of this many weeks in a row (rolling 7-day weeks ending now). */
  coldCallWeeks: 3,
  /** hire-farmer: a client is overdue when their last call, meeting, message or email is older than this. */
  farmingCadenceDays: 30,
  /** hire-farmer: this many overdue clients call for a farmer whoever covers farming. */
  overdueClients: 10,
  /** hire-farmer: a portfolio of this many clients calls for a farmer when nobody or only the owner covers farming. */
  portfolioWithoutFarmer: 30,
  /** enable-vip: 12-month revenue (minor units, RUB) at which a client is a typical VIP: 3,000,000 ₽. */
  vipRevenueMinor: 300_000_000,
  /** enable-vip: this many clients at or above that revenue. */
  vipClients: 3,
  /** split-function: a leg's waiting work at this percentage of its people's daily capacity… */
  overCapacityPercent: 150,
  /** …in this many weekly monitor snapshots in a row. */
  overCapacityWeeks: 3,
  /** split-function: one person alone on a leg owning this many of its clients… */
  soloHolderClients: 150,
  /** …or holding this many of its open tasks. */
  soloHolderTasks: 60,
  /** A signal is `urgent` once its main number reaches this multiple of its threshold. */
  urgentFactor: 2,
} as const;

/** The thresholds' shape: each rule takes it, so a company's own numbers can replace the defaults later. */
export type ReadinessThresholds = { [K in keyof typeof readinessThresholds]: number };
