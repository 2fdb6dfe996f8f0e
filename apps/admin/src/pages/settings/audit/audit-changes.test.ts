import { describe, expect, it } from "vitest";
import { type AuditValue, auditChanges, auditValue } from "./audit-changes.ts";

const user = "usr_01m98e8e9p61r577z1dwx0p677";

describe("auditValue", () => {
  it.each<[string, unknown, Record<string, unknown>, AuditValue]>([
    ["note", null, {}, { kind: "empty" }],
    ["tags", [], {}, { kind: "empty" }],
    ["amountMinor", 1249000, { currency: "RUB" }, { kind: "money", amountMinor: 1249000, currency: "RUB" }],
    ["priceMinor", 4500, {}, { kind: "money", amountMinor: 4500, currency: "RUB" }],
    [
      "total",
      { amountMinor: 100, currency: "USD" },
      {},
      { kind: "money", amountMinor: 100, currency: "USD" },
    ],
    ["sentAt", 1794389520000, {}, { kind: "instant", at: 1794389520000 }],
    ["expectedCloseOn", "2026-12-17", {}, { kind: "date", date: "2026-12-17" }],
    ["ownerId", user, {}, { kind: "person", userId: user }],
    ["prospectingOwnerId", user, {}, { kind: "person", userId: user }],
    ["decidedBy", "system", {}, { kind: "empty" }],
    ["paused", false, {}, { kind: "yesNo", yes: false }],
    ["stageId", "stg_01m98e9r4qn3npjcvh0rvadh2z", {}, { kind: "ref" }],
    ["stage", "negotiation", {}, { kind: "word", field: "stage", value: "negotiation" }],
    ["settings.function", "farming", {}, { kind: "word", field: "function", value: "farming" }],
    ["name", "ООО «Полюс»", {}, { kind: "text", text: "ООО «Полюс»" }],
    ["position", 4, {}, { kind: "number", value: 4 }],
    ["emails", ["info@polus.ru"], {}, { kind: "list", items: ["info@polus.ru"] }],
    ["lines", [{ id: "oln_01khb10ra0r0xajndnjdzrghq3" }], {}, { kind: "complex" }],
  ])("%s = %o reads as %o", (field, value, record, read) => {
    expect(auditValue(field, value, record)).toEqual(read);
  });
});

describe("auditChanges", () => {
  it("lists the fields that changed, in the record's order, without ids and timestamps", () => {
    const changes = auditChanges(
      { id: "cli_01jcfftp304jg69sa2tk292bvq", stage: "lead", name: "Полюс", updatedAt: 1 },
      { id: "cli_01jcfftp304jg69sa2tk292bvq", stage: "customer", name: "Полюс", updatedAt: 2 },
    );
    expect(changes.map((c) => c.field)).toEqual(["stage"]);
  });

  it("lists every field a record was created with", () => {
    expect(auditChanges(null, { title: "Поставка", amountMinor: 500, currency: "RUB" })).toEqual([
      { field: "title", before: { kind: "empty" }, after: { kind: "text", text: "Поставка" } },
      {
        field: "amountMinor",
        before: { kind: "empty" },
        after: { kind: "money", amountMinor: 500, currency: "RUB" },
      },
    ]);
  });

  it("opens nested settings one level down and leaves out fields empty on both sides", () => {
    const changes = auditChanges(
      { settings: { tone: "formal", note: null } },
      { settings: { tone: "friendly" }, mark: "" },
    );
    expect(changes.map((c) => c.field)).toEqual(["settings.tone"]);
  });

  it("has nothing to list when nothing changed or nothing was recorded", () => {
    expect(auditChanges({ stage: "lead" }, { stage: "lead" })).toEqual([]);
    expect(auditChanges(null, null)).toEqual([]);
  });
});
