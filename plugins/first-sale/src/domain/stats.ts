/** A deal as the statistics see it; amounts in the organisation's currency (others are left out). */
export type StatsDeal = {
  status: "open" | "won" | "lost";
  createdAt: number;
  /** Set when the deal came from a qualified lead. */
  leadQualifiedAt: number | null;
  fromLead: boolean;
  wonAt: number | null;
  lostAt: number | null;
  lostReason: string | null;
  amountMinor: number;
  paidMinor: number;
  /** Amount × the stage's probability (open deals). */
  weightedMinor: number;
  expectedCloseOn: string | null;
  rotting: boolean;
  hasNextStep: boolean;
};

/** The period the flow figures cover (`[from, to)`, UTC ms) and what the coverage compares. */
export type StatsWindow = {
  from: number;
  to: number;
  /** The last day of the month being covered, `YYYY-MM-DD`: open deals expected by then count. */
  coverageUntil: string;
  /** The money target of that month, minor units; 0 = none. */
  targetMinor: number;
};

/** First-sale statistics. Shares are 0..1, null when there is nothing to divide. */
export type FirstSaleStats = {
  won: number;
  lost: number;
  open: number;
  winRate: number | null;
  leadToPaid: number | null;
  cycleDays: { average: number; median: number } | null;
  averageFirstOrderMinor: number | null;
  wonAmountMinor: number;
  weightedPipelineMinor: number;
  weightedCoverage: number | null;
  rottingShare: number | null;
  withoutNextStepShare: number | null;
  lostByReason: { reason: string; count: number }[];
};

const dayMs = 86_400_000;
const inWindow = (at: number | null, w: StatsWindow) => at !== null && at >= w.from && at < w.to;
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Computes the vital signs of first sale. Win rate: won ÷ (won + lost) closed in the window. Lead →
 * paid: of deals born from leads in the window, the share with money received. Cycle to cash: from
 * the lead's qualification (or the deal's creation) to the win, for deals won in the window.
 * Average first order: the mean amount won. Weighted coverage: the weighted open pipeline expected
 * by `coverageUntil` (late ones included) ÷ the target. Rotting and no-next-step: shares of open deals.
 */
export function computeStats(deals: readonly StatsDeal[], w: StatsWindow): FirstSaleStats {
  const won = deals.filter((d) => d.status === "won" && inWindow(d.wonAt, w));
  const lost = deals.filter((d) => d.status === "lost" && inWindow(d.lostAt, w));
  const open = deals.filter((d) => d.status === "open");
  const fromLeads = deals.filter((d) => d.fromLead && inWindow(d.createdAt, w));
  const cycles = won.map((d) => ((d.wonAt ?? 0) - (d.leadQualifiedAt ?? d.createdAt)) / dayMs);
  const wonAmountMinor = won.reduce((s, d) => s + d.amountMinor, 0);
  const covered = open
    .filter((d) => d.expectedCloseOn !== null && d.expectedCloseOn <= w.coverageUntil)
    .reduce((s, d) => s + d.weightedMinor, 0);
  const reasons = new Map<string, number>();
  for (const d of lost) reasons.set(d.lostReason ?? "", (reasons.get(d.lostReason ?? "") ?? 0) + 1);
  return {
    won: won.length,
    lost: lost.length,
    open: open.length,
    winRate: share(won.length, won.length + lost.length),
    leadToPaid: share(fromLeads.filter((d) => d.paidMinor > 0).length, fromLeads.length),
    cycleDays: cycles.length ? { average: round1(mean(cycles)), median: round1(median(cycles)) } : null,
    averageFirstOrderMinor: won.length ? Math.round(wonAmountMinor / won.length) : null,
    wonAmountMinor,
    weightedPipelineMinor: open.reduce((s, d) => s + d.weightedMinor, 0),
    weightedCoverage: w.targetMinor > 0 ? covered / w.targetMinor : null,
    rottingShare: share(open.filter((d) => d.rotting).length, open.length),
    withoutNextStepShare: share(open.filter((d) => !d.hasNextStep).length, open.length),
    lostByReason: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count),
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
