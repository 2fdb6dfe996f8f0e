import { type MaturityLevel, maturityLevels } from "../contracts/events.ts";
import type { FarmingRules } from "../contracts/rules.ts";
import type { MaturityReason } from "./types.ts";

/** What the maturity ladder reads from a client's last 12 months. */
export type MaturityInput = { categories12m: number; largestOrderMinor12m: number; hasProjectOrder: boolean };

/**
 * The client's step on the maturity ladder with every rule that put it there: a project when a
 * farmer marked an order as one or an order reached the project size; complex supply with enough
 * categories or a large enough order; single items otherwise. A size of 0 in the rules is unused.
 *
 * @example maturityLevel({ categories12m: 4, largestOrderMinor12m: 0, hasProjectOrder: false }, defaultFarmingRules.ladder) // { level: "complex", reasons: [{ code: "categories", params: { count: 4, min: 3 } }] }
 */
export function maturityLevel(
  input: MaturityInput,
  rules: FarmingRules["ladder"],
): { level: MaturityLevel; reasons: MaturityReason[] } {
  const amountMinor = input.largestOrderMinor12m;
  const categories = {
    code: "categories",
    params: { count: input.categories12m, min: rules.complexMinCategories },
  };
  const reaches = (minMinor: number) => minMinor > 0 && amountMinor >= minMinor;

  const project: MaturityReason[] = [];
  if (input.hasProjectOrder) project.push({ code: "project-order", params: {} });
  if (reaches(rules.projectMinOrderMinor)) {
    project.push({
      code: "project-order-size",
      params: { amountMinor, minMinor: rules.projectMinOrderMinor },
    });
  }
  if (project.length) return { level: "project", reasons: project };

  const complex: MaturityReason[] = [];
  if (input.categories12m >= rules.complexMinCategories) complex.push(categories);
  if (reaches(rules.complexMinOrderMinor)) {
    complex.push({ code: "order-size", params: { amountMinor, minMinor: rules.complexMinOrderMinor } });
  }
  if (complex.length) return { level: "complex", reasons: complex };

  return { level: "single", reasons: [categories] };
}

/**
 * How many clients stand on each step of the ladder, every step present (0 when empty).
 *
 * @example ladderCounts(["single", "single", "project"]) // { single: 2, complex: 0, project: 1 }
 */
export function ladderCounts(levels: readonly MaturityLevel[]): Record<MaturityLevel, number> {
  const counts = Object.fromEntries(maturityLevels.map((l) => [l, 0])) as Record<MaturityLevel, number>;
  for (const level of levels) counts[level]++;
  return counts;
}
