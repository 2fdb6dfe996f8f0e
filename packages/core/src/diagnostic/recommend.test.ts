import { describe, expect, it } from "vitest";
import { salesFunctions } from "../functions.ts";
import type { RecommendationCode } from "./recommend.ts";
import { buildReport } from "./report.ts";
import { answersWith, orgFactsWith } from "./test-answers.ts";

const codes = (changes: Record<string, string>, org = orgFactsWith()) =>
  buildReport(answersWith(changes), org).recommendations.map((r) => r.code);

describe("recommendations", () => {
  it("none when every answer is the best one", () => {
    expect(codes({})).toEqual([]);
  });

  const cases: [string, Record<string, string>, RecommendationCode[]][] = [
    ["owner performs farming", { "farming.performer": "owner" }, ["assign-specialist"]],
    ["a specialist performs farming", { "farming.performer": "specialist" }, []],
    ["a department performs farming", { "farming.performer": "department" }, []],
    ["nobody performs farming, plugin enabled", { "farming.performer": "nobody" }, ["assign-person"]],
    ["no cold-call scripts", { "prospecting.scripts": "no" }, ["write-scripts"]],
    ["scripts for some calls only", { "prospecting.scripts": "partly" }, ["write-scripts"]],
    ["any contact counted as a lead", { "prospecting.lead-definition": "any-contact" }, ["define-lead"]],
    ["lead undefined", { "prospecting.lead-definition": "undefined" }, ["define-lead"]],
    ["first sale undefined", { "first-sale.won-when": "undefined" }, ["define-first-sale"]],
    ["first sale is a signed contract", { "first-sale.won-when": "contract" }, []],
    ["first sale is a prepayment", { "first-sale.won-when": "prepayment" }, []],
    ["hunters farm too", { "farming.separate-roles": "same" }, ["separate-hunters-farmers"]],
    ["separate but not by strength", { "farming.separate-roles": "separate" }, ["staff-by-strength"]],
    ["handoff informal", { "farming.handoff": "informal" }, ["handoff-rule"]],
    ["no handoff", { "farming.handoff": "none" }, ["handoff-rule"]],
    ["clients contacted rarely", { "farming.cadence": "rarely" }, ["contact-cadence"]],
    ["clients never contacted by rule", { "farming.cadence": "none" }, ["contact-cadence"]],
    ["clients contacted quarterly", { "farming.cadence": "quarterly" }, []],
    ["VIP criteria informal", { "vip.criteria": "informal" }, ["define-vip-criteria"]],
    ["no VIP criteria", { "vip.criteria": "none" }, ["define-vip-criteria"]],
    ["no VIP terms", { "vip.terms": "no" }, ["vip-terms"]],
    ["VIP measured by nothing", { "vip.measure": "nothing" }, ["set-targets"]],
    ["VIP measured by KPIs", { "vip.measure": "kpi" }, []],
    ["client base scattered", { "department.client-base": "scattered" }, ["one-client-base"]],
    ["no client base", { "department.client-base": "none" }, ["one-client-base"]],
  ];
  it.each(cases)("%s", (_name, changes, expected) => {
    expect(codes(changes)).toEqual(expected);
  });

  it("asks to enable a function whose plugin is off and nobody performs it", () => {
    const org = orgFactsWith();
    org.legs.vip = { performer: "nobody", people: 0, pluginEnabled: false };
    const [rec] = buildReport(answersWith({ "vip.performer": "nobody" }), org).recommendations;
    expect(rec).toMatchObject({ code: "enable-function", params: { function: "vip" }, link: "/functions" });
  });

  it("gives the number of clients the owner handles himself", () => {
    const org = orgFactsWith({ ownerClients: { prospecting: 0, "first-sale": 0, farming: 140, vip: 0 } });
    const [rec] = buildReport(answersWith({ "farming.performer": "owner" }), org).recommendations;
    expect(rec).toMatchObject({
      code: "assign-specialist",
      section: "farming",
      because: { question: "farming.performer", answer: "owner" },
      params: { function: "farming", clients: 140 },
      link: "/team",
    });
  });

  it("sets targets once per function measured by nothing, the weakest leg first", () => {
    const answers = Object.fromEntries(salesFunctions.map((fn) => [`${fn}.measure`, "nothing"]));
    const recs = buildReport(answersWith(answers), orgFactsWith()).recommendations;
    // scores: first sale 75, prospecting 80, VIP 80 (a tie: flow order), farming 83
    expect(recs.map((r) => [r.code, r.params.function])).toEqual(
      ["first-sale", "prospecting", "vip", "farming"].map((fn) => ["set-targets", fn]),
    );
  });

  it("lists the weakest leg's recommendations first and the department's last", () => {
    const recs = buildReport(
      answersWith({
        "department.client-base": "none",
        "prospecting.scripts": "partly",
        "vip.criteria": "none",
        "vip.terms": "no",
      }),
      orgFactsWith(),
    ).recommendations;
    expect(recs.map((r) => r.code)).toEqual([
      "define-vip-criteria",
      "vip-terms",
      "write-scripts",
      "one-client-base",
    ]);
  });
});
