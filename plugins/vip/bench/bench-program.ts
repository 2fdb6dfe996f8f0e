import type { VipProgram } from "../src/contracts/program.ts";
import { vipProgramSchema } from "../src/contracts/program.ts";

/**
 * A two-tier program that reads the whole history (tenure and payment discipline) and splits the
 * seeded clients: Gold from 4 000 ₽ paid in 12 months with no overdue order; Platinum from 6 000 ₽,
 * a 150 ₽ average order, a 1 000 ₽ largest order and two years with payments in each of the last
 * four completed quarters.
 */
export const benchProgram: VipProgram = vipProgramSchema.parse({
  tiers: [
    {
      key: "gold",
      name: { ru: "Золото", en: "Gold" },
      criteria: [
        { kind: "revenue", minMinor: 400_000 },
        { kind: "payment-discipline", maxOverdueOrders: 0 },
      ],
    },
    {
      key: "platinum",
      name: { ru: "Платина", en: "Platinum" },
      criteria: [
        { kind: "revenue", minMinor: 600_000 },
        { kind: "average-order", minMinor: 15_000 },
        { kind: "largest-order", minMinor: 100_000 },
        { kind: "tenure", minMonths: 12, quartersWithRevenue: 4 },
      ],
    },
  ],
});
