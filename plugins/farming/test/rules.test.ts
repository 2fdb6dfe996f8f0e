import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../src/contracts/rules.ts";
import { buys, called } from "./support/account-samples.ts";
import { newClient, refusal } from "./support/deal-samples.ts";
import { type FarmingHost, farmingHost } from "./support/farming-host.ts";

describe("the company's farming rules", () => {
  let h: FarmingHost;
  beforeEach(async () => {
    h = await farmingHost();
  });
  afterEach(() => h.close());

  const withCadence = (defaultDays: number) => ({
    ...defaultFarmingRules,
    cadence: { rules: [], defaultDays },
  });

  it("are the defaults until saved; saving is audited with before and after", async () => {
    const head = await h.member("Галина", "head-of-sales");
    const api = (await h.as(head)).farming.rules;
    expect(await api.get()).toEqual(defaultFarmingRules);
    const saved = await api.save(withCadence(21));
    expect(saved.cadence).toEqual({ rules: [], defaultDays: 21 });
    expect((await api.get()).cadence.defaultDays).toBe(21);
    const audit = await (await h.core()).core.audit.list({ action: "farming.rules.update" });
    expect(audit.items.map((a) => [a.actorId, a.before, a.after])).toEqual([
      [head.id, defaultFarmingRules, withCadence(21)],
    ]);
  });

  it("recompute at once: a shorter cadence makes a client overdue in its farmer's day", async () => {
    const fedor = await h.member("Фёдор", "member");
    const client = await newClient(h, "ООО Ромашка", fedor);
    await buys(h, client.id, ["2026-05-01", "2026-05-20"]);
    await called(h, client.id, "2026-05-22");
    await h.runJob("recompute");
    const day = async () => (await (await h.as(fedor)).farming.accounts.day()).items.map((i) => i.kind);
    expect(await day()).toEqual([]);
    await (await h.as(h.owner)).farming.rules.save(withCadence(7));
    expect(await day()).toEqual(["overdue-contact"]);
  });

  it("refuses bad rules naming the field, and keeps the old ones", async () => {
    const api = (await h.as(h.owner)).farming.rules;
    const refused = await refusal(
      api.save({ ...defaultFarmingRules, cadence: { rules: [], defaultDays: 0 } }),
    );
    expect(refused).toMatchObject({
      code: "BAD_REQUEST",
      fields: { "cadence.defaultDays": "At least 1 day" },
    });
    const shares = await refusal(
      api.save({
        ...defaultFarmingRules,
        classes: { ...defaultFarmingRules.classes, aShare: 0.9, bShare: 0.5 },
      }),
    );
    expect(shares.fields).toEqual({ "classes.bShare": "The A share cannot exceed the B share" });
    expect(await api.get()).toEqual(defaultFarmingRules);
    expect((await (await h.core()).core.audit.list({ action: "farming.rules" })).items).toEqual([]);
  });

  it("may be read by a farmer, saved only with farming.rules.manage", async () => {
    const api = (await h.as(await h.member("Фёдор", "member"))).farming.rules;
    expect((await api.get()).cadence.defaultDays).toBe(60);
    expect((await refusal(api.save(withCadence(7)))).code).toBe("FORBIDDEN");
  });
});
