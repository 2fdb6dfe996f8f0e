import { describe, expect, it } from "vitest";
import { facts, goldPlatinum, order, RUB } from "../../test/fixtures.ts";
import { vipProgramSchema } from "../contracts/program.ts";
import { reassessClient } from "./reassess.ts";
import { outsideState } from "./tier-decision.ts";

const asOf = "2026-03-15";

describe("reassessClient", () => {
  // 21 M ₽ paid; one order paid 20 days after ordering — late on 14-day terms, in time on Gold's 30.
  const client = facts({
    payments: [["2026-01-30", 21_000_000 * RUB]],
    orders: [order("2026-01-10", 21_000_000 * RUB, "2026-01-30")],
  });

  it.each([
    ["an outsider is judged on the company's 14 days: Gold only", outsideState, "gold"],
    [
      "a Gold client is judged on Gold's 30-day deferral: Platinum",
      { tierKey: "gold", since: "2025-01-01", graceStartedOn: null },
      "platinum",
    ],
  ])("%s", (_, state, to) => {
    const { decision, evaluations } = reassessClient(
      goldPlatinum(),
      { facts: client, state, override: null },
      { asOf },
    );
    expect(decision).toMatchObject({ action: "promote", to });
    expect(evaluations).toHaveLength(2);
  });

  it("reads the category tree it is given: a subcategory counts for its parent", () => {
    const program = vipProgramSchema.parse({
      tiers: [
        {
          key: "cable",
          name: { ru: "Кабель", en: "Cable" },
          criteria: [{ kind: "categories", categoryIds: ["cable"] }],
        },
      ],
    });
    const buyer = {
      facts: facts({ orders: [order("2026-02-01", 1000, null, { copper: 1000 })] }),
      state: outsideState,
      override: null,
    };
    expect(reassessClient(program, buyer, { asOf }).decision.action).toBe("none");
    const categoryParents = new Map([["copper", "cable"]]);
    expect(reassessClient(program, buyer, { asOf, categoryParents }).decision.action).toBe("promote");
  });
});
