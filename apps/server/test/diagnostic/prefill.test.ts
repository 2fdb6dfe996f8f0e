import { systemActor } from "@quartet/core";
import { salesTargets } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { type PluginHost, pluginHost } from "../support/plugin-host.ts";
import { answersWith } from "./support.ts";

const tier = (key: string, minMinor: number) => ({
  key,
  name: { ru: key, en: key },
  criteria: [{ kind: "revenue" as const, windowMonths: 12, minMinor }],
});
const script = {
  start: "hello",
  steps: [
    {
      id: "hello",
      kind: "question" as const,
      text: "Вам интересна упаковка?",
      options: [{ value: "no", label: "Нет", outcome: "not-interested" as const }],
    },
  ],
};

describe("the self-diagnostic pre-filled from the organisation's data", () => {
  let h: PluginHost<typeof installedPlugins>;
  beforeAll(async () => {
    h = await pluginHost(installedPlugins);
    const api = await h.as(h.owner);
    const caller = await h.member("Пётр", "caller");
    const hunter = await h.member("Анна", "member");
    for (const [userId, fn] of [
      [caller.id, "prospecting"],
      [hunter.id, "first-sale"],
      [h.owner.id, "first-sale"],
      [h.owner.id, "farming"],
    ] as const)
      await api.core.staffing.assign({ userId, function: fn });
    // enabling a plugin assigns the owner to its function; the owner keeps first sale and farming only
    await api.core.staffing.unassign({ userId: h.owner.id, function: "prospecting" });
    await api.core.staffing.unassign({ userId: h.owner.id, function: "vip" });
    for (const name of ["Холодный звонок", "Повторный звонок", "Выставка"])
      await api.prospecting.scripts.create({ name, graph: script });
    await api.core.plugins.updateSettings({
      pluginId: "first-sale",
      settings: { wonWhen: { kind: "prepayment", percent: 30 } },
    });
    await api.farming.rules.save({ cadence: { rules: [{ abc: "A", days: 7 }], defaultDays: 45 } });
    await api.vip.program.save({ tiers: [tier("silver", 100_000_000), tier("gold", 500_000_000)] });
    for (let i = 1; i <= 4; i++) {
      const client = await api.core.clients.create({ name: `ООО Клиент ${i}` });
      if (i <= 3)
        await api.core.clients.setOwner({ clientId: client.id, function: "farming", userId: h.owner.id });
    }
    await h.write((scope) =>
      scope.tx.insert(salesTargets).values({
        month: "2026-06",
        function: "first-sale",
        metric: "revenue",
        value: 100_000_000,
        updatedBy: systemActor.id,
        updatedAt: h.clock.now(),
      }),
    );
  });
  afterAll(() => h.close());

  it("answers from staffing, targets, the client base and every plugin's facts, each with its source", async () => {
    const { answers } = await (await h.as(h.owner)).core.diagnostic.prefill();
    const byQuestion = Object.fromEntries(
      answers.map((a) => [a.question, { answer: a.answer, source: a.source }]),
    );
    expect(byQuestion).toEqual({
      "prospecting.performer": {
        answer: "specialist",
        source: { code: "performer-specialist", params: { people: 1 } },
      },
      "first-sale.performer": {
        answer: "department",
        source: { code: "performer-department", params: { people: 2 } },
      },
      "first-sale.measure": { answer: "targets", source: { code: "targets", params: { count: 1 } } },
      "farming.performer": { answer: "owner", source: { code: "performer-owner", params: { people: 1 } } },
      "vip.performer": { answer: "nobody", source: { code: "performer-nobody", params: { people: 0 } } },
      "farming.separate-roles": { answer: "same", source: { code: "roles-shared", params: { people: 1 } } },
      "department.client-base": { answer: "one-system", source: { code: "clients", params: { count: 4 } } },
      "prospecting.scripts": { answer: "yes", source: { code: "scripts", params: { count: 3 } } },
      "first-sale.won-when": {
        answer: "prepayment",
        source: { code: "won-prepayment", params: { percent: 30 } },
      },
      "farming.handoff": { answer: "rule", source: { code: "handoff-automatic", params: {} } },
      "farming.cadence": {
        answer: "weekly",
        source: { code: "cadence", params: { days: 7, defaultDays: 45 } },
      },
      "vip.criteria": { answer: "defined", source: { code: "vip-tiers", params: { count: 2 } } },
    });
  });

  it("recommends from the saved answers with the organisation's numbers: the owner farms 3 clients himself", async () => {
    const api = (await h.as(h.owner)).core.diagnostic;
    const { answers } = await api.prefill();
    const saved = await api.save({
      answers: answersWith(Object.fromEntries(answers.map((a) => [a.question, a.answer]))),
    });
    expect(saved.report.weakest).toBe("vip");
    expect(saved.report.recommendations.map((r) => [r.code, r.params])).toEqual([
      ["assign-person", { function: "vip" }],
      ["assign-specialist", { function: "farming", clients: 3 }],
      ["separate-hunters-farmers", { people: 1 }],
    ]);
  });

  it("leaves a plugin that is not enabled out", async () => {
    const api = await h.as(h.owner);
    await api.core.plugins.disable({ pluginId: "vip" });
    const { answers } = await api.core.diagnostic.prefill();
    expect(answers.some((a) => a.question === "vip.criteria")).toBe(false);
    await api.core.plugins.enable({ pluginId: "vip" });
  });
});
