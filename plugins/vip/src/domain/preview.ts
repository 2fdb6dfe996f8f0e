import type { VipProgram } from "../contracts/program.ts";
import type { Reason } from "../contracts/reasons.ts";
import type { CategoryParents } from "./measures.ts";
import { type ClientStanding, reassessClient } from "./reassess.ts";
import type { DecisionAction } from "./tier-decision.ts";

/** One client in a preview: what saving would do to it, and why. */
export type PreviewItem = {
  clientId: string;
  action: DecisionAction;
  from: string | null;
  to: string | null;
  reasons: Reason[];
};

/** How many clients a tier holds now and would hold after saving (`tierKey` null: outside every tier). */
export type TierCount = { tierKey: string | null; before: number; after: number };

/**
 * What saving a program would do: clients promoted, demoted, warned (their grace period would
 * start) and unchanged (staying, recovering, or staying out), with counts and tier sizes.
 */
export type ProgramPreview = {
  promoted: PreviewItem[];
  demoted: PreviewItem[];
  warned: PreviewItem[];
  unchanged: PreviewItem[];
  counts: { promoted: number; demoted: number; warned: number; unchanged: number; total: number };
  tiers: TierCount[];
};

/**
 * Previews a new program against the clients' current standing on `asOf`, through
 * `reassessClient` — the same decision saving applies. Tier sizes list the new program's tiers
 * lowest first, then tiers only the current assignments know, then "outside" (null).
 */
export function previewProgram(
  program: VipProgram,
  clients: readonly ClientStanding[],
  options: { asOf: string; categoryParents?: CategoryParents },
): ProgramPreview {
  const preview: ProgramPreview = {
    promoted: [],
    demoted: [],
    warned: [],
    unchanged: [],
    counts: { promoted: 0, demoted: 0, warned: 0, unchanged: 0, total: clients.length },
    tiers: [...program.tiers.map((t) => t.key), null].map((tierKey) => ({ tierKey, before: 0, after: 0 })),
  };
  const count = (tierKey: string | null) => {
    let row = preview.tiers.find((t) => t.tierKey === tierKey);
    if (!row) {
      row = { tierKey, before: 0, after: 0 };
      preview.tiers.push(row);
    }
    return row;
  };
  for (const standing of clients) {
    const { decision } = reassessClient(program, standing, options);
    const { action, from, to, reasons } = decision;
    const list = listOf(action);
    preview[list].push({ clientId: standing.facts.clientId, action, from, to, reasons });
    preview.counts[list]++;
    count(from).before++;
    count(to).after++;
  }
  preview.tiers.sort((a, b) => Number(a.tierKey === null) - Number(b.tierKey === null));
  return preview;
}

function listOf(action: DecisionAction): "promoted" | "demoted" | "warned" | "unchanged" {
  switch (action) {
    case "promote":
      return "promoted";
    case "demote":
      return "demoted";
    case "start-grace":
      return "warned";
    case "end-grace":
    case "keep":
    case "none":
      return "unchanged";
  }
}
