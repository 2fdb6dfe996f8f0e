/** How a company staffs its four functions as it grows: the owner alone, a specialist per function, a team per function. */
export const growthStages = ["solo", "specialists", "departments"] as const;

/** One of the growth stages: `solo | specialists | departments`. */
export type GrowthStage = (typeof growthStages)[number];

/** True when `value` names a growth stage. */
export function isGrowthStage(value: unknown): value is GrowthStage {
  return typeof value === "string" && (growthStages as readonly string[]).includes(value);
}
