import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("core's LIKE searches take `%` and `_` literally", () => {
  let t: TestHost;
  let owner: TeamPerson;
  beforeAll(async () => {
    t = await createTestHost();
    ({ owner } = await teamFixture(t, { members: {} }));
    const price = { amountMinor: 10_000 };
    for (const [sku, name] of [
      ["P-1", "%-скидка"],
      ["P-2", "Скидка 50%"],
      ["P_3", "Кофе"],
      ["P43", "Чай"],
    ] as const)
      await owner.caller.core.catalog.products.create({ sku, name, unit: "шт", price });
  });
  afterAll(() => t.close());

  it.each([
    ["%", ["%-скидка"]],
    ["P_", ["Кофе"]],
    ["P", ["%-скидка", "Кофе", "Скидка 50%", "Чай"]],
  ])("products starting with %s", async (search, names) => {
    const { items } = await owner.caller.core.catalog.products.list({ search });
    expect(items.map((p) => p.name).sort()).toEqual(names.sort());
  });

  it("an audit action prefix with `_` does not stand for any character", async () => {
    const all = await owner.caller.core.audit.list({ action: "core.product" });
    expect(all.items.length).toBeGreaterThan(0);
    expect((await owner.caller.core.audit.list({ action: "core_product" })).items).toEqual([]);
  });
});
