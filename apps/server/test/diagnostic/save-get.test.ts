import { diagnostics } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionCatalog } from "../../src/people/index.ts";
import { callPath, everyPermissionBut } from "../support/refusals.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { answersWith, refusalOf } from "./support.ts";

describe("saving and reading self-diagnostics", () => {
  let t: TestHost;
  let orgId: string;
  const owner = userActor("usr_owner");
  const api = async () => (await t.caller(owner, orgId)).core.diagnostic;
  const rows = async () => (await t.host.runtime(orgId)).db.select().from(diagnostics);
  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Ромашка" })).id;
  });
  afterAll(() => t.close());

  it("keeps the answers with their report and reads them back", async () => {
    const answers = answersWith({ "vip.criteria": "none", "farming.cadence": "rarely" });
    const saved = await (await api()).save({ answers });
    const read = await (await api()).get({ id: saved.id });
    expect(read).toMatchObject({
      id: saved.id,
      answers,
      report: saved.report,
      createdBy: owner.id,
      sentAt: null,
    });
    expect(read.report.recommendations.map((r) => r.code)).toEqual([
      "define-vip-criteria",
      "contact-cadence",
    ]);
    expect(read.report.scores.map((s) => s.score)).toEqual([100, 100, 87, 80]);
    expect(read.report.weakest).toBe("vip");
  });

  it("lists past reports newest first and audits each save", async () => {
    const second = await (await api()).save({ answers: answersWith({ "prospecting.performer": "nobody" }) });
    const list = await (await api()).list();
    expect(list[0]).toMatchObject({ id: second.id, weakest: "prospecting", sentAt: null });
    expect(list).toHaveLength(2);
    const audit = await (await t.caller(owner, orgId)).core.audit.list({ action: "core.diagnostic.save" });
    expect(audit.items.map((e) => e.entityId)).toContain(second.id);
  });

  it("refuses incomplete or unknown answers naming the question, and writes nothing", async () => {
    const before = (await rows()).length;
    const { "vip.terms": _, ...missing } = answersWith();
    const refusal = await refusalOf(
      (await api()).save({ answers: { ...missing, "farming.cadence": "daily" } }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fields ?? {}).sort()).toEqual([
      "answers.farming.cadence",
      "answers.vip.terms",
    ]);
    expect(await rows()).toHaveLength(before);
  });

  it("answers NOT_FOUND for an unknown report", async () => {
    await expect((await api()).get({ id: "diag_nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    ["core.diagnostic.prefill", {}],
    ["core.diagnostic.list", {}],
    ["core.diagnostic.consultant", {}],
    ["core.diagnostic.get", { id: "diag_x" }],
    ["core.diagnostic.save", { answers: answersWith() }],
    ["core.diagnostic.send", { id: "diag_x", name: "Анна", phone: "+79120000000" }],
  ])("refuses %s to a member without core.diagnostic.run", async (path, input) => {
    const before = (await rows()).length;
    const all = permissionCatalog(t.host.registry).map((p) => p.id);
    const caller = await t.caller(everyPermissionBut(all, "core.diagnostic.run"), orgId);
    await expect(callPath(caller, path, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rows()).toHaveLength(before);
  });

  it("keeps each organisation's reports in its own database", async () => {
    const other = (await t.host.createOrganisation({ name: "Василёк" })).id;
    expect(await (await t.caller(owner, other)).core.diagnostic.list()).toEqual([]);
  });
});
