import { documentCounters, documents } from "@quartet/db/org";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIssuedDocument } from "../../src/documents/store/load-document.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { seedClient } from "../support/clients.ts";
import { documentsFixture } from "./issuing.ts";
import { pdfImages, pdfText, pdfToPngs } from "./poppler.ts";

const hour = 3_600_000;

// Each case draws PDFs and runs poppler on them: seconds on a busy machine, so a minute and a half.
describe("issuing core's invoice of an order", { timeout: 90_000 }, () => {
  let f: Awaited<ReturnType<typeof documentsFixture>>;
  beforeAll(async () => {
    f = await documentsFixture();
  });
  afterAll(() => f.close());

  const pdfOf = async (id: string) => {
    const found = await loadIssuedDocument((await f.t.host.runtime(f.orgId)).db, id);
    if (!found) throw new Error(`no document ${id}`);
    return found.pdf;
  };

  it("prints the seller's bank, the buyer's codes, VAT inside the prices and the total in words", async () => {
    const order = await f.order();
    const issued = await f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id });
    expect(issued).toMatchObject({
      type: "invoice",
      typeName: "Invoice",
      number: "1",
      version: 1,
      superseded: false,
      date: "2026-12-31",
      locale: "ru",
      subject: "order",
      subjectId: order.id,
      client: { id: f.client.id, name: "Северный ветер" },
      total: { amountMinor: order.total.amountMinor, currency: "RUB" },
      fileName: "Счёт № 1 от 31.12.2026.pdf",
      url: `/api/v1/documents/${issued.id}.pdf?org=${f.orgId}`,
      createdBy: { id: f.owner.user.id, name: "Anna" },
      sent: [],
    });
    const pdf = await pdfOf(issued.id);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    for (const printed of [
      "Счёт на оплату № 1 от 31 декабря 2026 г.",
      "ПАО Сбербанк",
      "044525225",
      "40702810400000000005",
      "30101810400000000225",
      "ООО «Квартет»",
      "7707083893",
      "АО «Северный ветер»",
      "7812014560",
      "В том числе НДС",
      "Условия оплаты: оплата в течение 5 дней",
      "Руководитель Иванов И. И.",
      // The training line's 10 % discount is its own column, so price × quantity − discount = its sum.
      "Скидка",
      "15 600,00 1 560,00",
    ]) {
      expect(text).toContain(printed);
    }
    // 10 × 12 000 + 16 × 3 000 + 15 600 − 10 % = 182 040,00 ₽
    expect(order.total.amountMinor).toBe(18_204_000);
    expect(text).toContain("Сто восемьдесят две тысячи сорок рублей 00 копеек");
    expect(pdfImages(pdf)).toContain("140x48");
    pdfToPngs(pdf, "issued-invoice-ru");
  });

  it("keeps the number on a new version, dates it anew, and marks the old one superseded", async () => {
    const order = await f.order();
    const first = await f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id });
    f.clock.advance(hour);
    const second = await f.owner.caller.core.documents.issue({
      type: "invoice",
      subjectId: order.id,
      locale: "en",
    });
    expect(first).toMatchObject({ number: "2", version: 1, date: "2026-12-31" });
    expect(second).toMatchObject({
      number: "2",
      version: 2,
      date: "2027-01-01",
      locale: "en",
      fileName: "Invoice No. 2 of 2027-01-01, version 2.pdf",
    });
    pdfToPngs(await pdfOf(second.id), "issued-invoice-en");
    const english = pdfText(await pdfOf(second.id)).replace(/\s+/g, " ");
    expect(english).toContain("Invoice No. 2 of 1 January 2027");
    expect(english).toContain("payment within 5 days");
    const list = await f.owner.caller.core.documents.list({ subjectId: order.id });
    expect(list.map((d) => [d.version, d.superseded])).toEqual([
      [2, false],
      [1, true],
    ]);
    // Each version is on the client's timeline (a caller of no language reads the document's) and in the audit log.
    const timeline = await f.owner.caller.core.timeline.list({ clientId: f.client.id });
    const issued = timeline.items
      .filter((e) => e.data?.event === "document-issued" && e.data.number === "2")
      .map((e) => e.body);
    expect(issued).toEqual([
      "Issued Invoice No. 2 of 1 January 2027, version 2",
      "Оформлен документ: Счёт на оплату № 2 от 31 декабря 2026 г.",
    ]);
    const audit = await f.owner.caller.core.audit.list({ action: "core.document.issue" });
    expect(audit.items.map((entry) => entry.entityId)).toEqual(expect.arrayContaining([second.id, first.id]));
  });

  it("starts the count again at 1 in a new year (the organisation's date, Moscow here)", async () => {
    const issued = await f.owner.caller.core.documents.issue({
      type: "invoice",
      subjectId: (await f.order()).id,
    });
    expect(issued).toMatchObject({ number: "1", date: "2027-01-01" });
    const db = (await f.t.host.runtime(f.orgId)).db;
    expect(await db.select().from(documentCounters).orderBy(documentCounters.year)).toEqual([
      { type: "invoice", year: 2026, last: 2 },
      { type: "invoice", year: 2027, last: 1 },
    ]);
  });

  it("gives two documents issued at once their own numbers, each printed on its own PDF", async () => {
    const [a, b] = await Promise.all([f.order(), f.order()]);
    const issued = await Promise.all(
      [a, b].map((order) => f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id })),
    );
    expect(issued.map((d) => d.number).sort()).toEqual(["2", "3"]);
    for (const document of issued) {
      expect(pdfText(await pdfOf(document.id))).toContain(`Счёт на оплату № ${document.number} от`);
    }
  });

  it("stores the PDF and the event core.document.issued in the same transaction", async () => {
    const db = (await f.t.host.runtime(f.orgId)).db;
    const stored = await db.select({ id: documents.id }).from(documents);
    const events = await db.all<{ payload: string }>(
      sql`select payload from core_outbox where name = 'core.document.issued'`,
    );
    expect(events.map((e) => (JSON.parse(e.payload) as { documentId: string }).documentId).sort()).toEqual(
      stored.map((s) => s.id).sort(),
    );
  });

  it("prints «Без НДС» and no VAT for a seller without VAT, and a VIP client's deferral", async () => {
    await f.owner.caller.core.requisites.org.set({
      ...(await import("./issuing.ts")).sellerRequisites,
      vatMode: "none",
    });
    const vip = await seedClient(f.t, f.orgId, f.owner.user.id, { name: "VIP-клиент", tags: ["vip"] });
    const order = await f.order(vip.id);
    expect(order.paymentTermsDays).toBe(30);
    const issued = await f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id });
    const text = pdfText(await pdfOf(issued.id)).replace(/\s+/g, " ");
    expect(text).toContain("Без НДС");
    expect(text).not.toContain("В том числе НДС");
    expect(text).toContain("Условия оплаты: оплата в течение 30 дней");
    expect(text).toContain("VIP-клиент");
    pdfToPngs(await pdfOf(issued.id), "issued-invoice-vip-no-vat");
  });

  it("lists a client's documents newest first; another organisation's client is NOT_FOUND", async () => {
    const list = await f.owner.caller.core.documents.list({ clientId: f.client.id });
    expect(list.length).toBe(6);
    expect(list.map((d) => d.createdAt)).toEqual([...list.map((d) => d.createdAt)].sort((a, b) => b - a));
    const other = await documentsFixture();
    try {
      const refusal = await callRefusal(other.owner.caller.core.documents.list({ clientId: f.client.id }));
      expect(refusal).toMatchObject({ code: "NOT_FOUND", fields: { clientId: expect.any(String) } });
      expect(await other.owner.caller.core.documents.list({ subjectId: list[0]?.subjectId ?? "" })).toEqual(
        [],
      );
      const theirs = await other.owner.caller.core.documents.issue({
        type: "invoice",
        subjectId: (await other.order()).id,
      });
      expect(theirs.number).toBe("1");
    } finally {
      await other.close();
    }
  });

  it("refuses a member without core.orders.write, naming the permission, and writes nothing", async () => {
    const order = await f.order();
    const refusal = await callRefusal(
      f.boris.caller.core.documents.issue({ type: "invoice", subjectId: order.id }),
    );
    expect(refusal.code).toBe("FORBIDDEN");
    expect(refusal.message).toContain("core.orders.write");
    expect(await f.boris.caller.core.documents.types({ subject: "order" })).toEqual([]);
    expect(await f.owner.caller.core.documents.types({ subject: "order" })).toEqual([
      { type: "invoice", name: "Invoice", subject: "order" },
    ]);
    expect(await f.owner.caller.core.documents.list({ subjectId: order.id })).toEqual([]);
  });

  it("shows documents only to members who read their kind", async () => {
    const [latest] = await f.owner.caller.core.documents.list({ clientId: f.client.id });
    const subjectId = latest?.subjectId ?? "";
    expect((await f.boris.caller.core.documents.list({ subjectId })).length).toBeGreaterThan(0);
    const refusal = await callRefusal(f.carl.caller.core.documents.list({ subjectId }));
    expect(refusal.code).toBe("FORBIDDEN");
    expect(refusal.message).toContain("core.orders.read");
    expect(await f.carl.caller.core.documents.list({ clientId: f.client.id })).toEqual([]);
  });

  it.each([
    [{ type: "", subjectId: "ord_1" }, "type"],
    [{ type: "invoice", subjectId: "" }, "subjectId"],
    [{ type: "invoice", subjectId: "ord_1", locale: "de" }, "locale"],
    [{ type: "vip.contract", subjectId: "ord_1" }, "type"],
    [{ type: "invoice", subjectId: "ord_missing" }, "orderId"],
  ])("refuses %o naming %s", async (input, field) => {
    const refusal = await callRefusal(
      f.owner.caller.core.documents.issue(input as { type: string; subjectId: string }),
    );
    expect(refusal.code).toMatch(/BAD_REQUEST|NOT_FOUND/);
    expect(Object.keys(refusal.fields ?? {})).toContain(field);
  });

  it("answers REST's 400 naming the fields, as every /api/v1 procedure", async () => {
    const response = await f.t.app().request("/api/v1/core.documents.issue", {
      method: "POST",
      headers: { "x-test-user": f.owner.user.id, "x-test-org": f.orgId, "content-type": "application/json" },
      body: JSON.stringify({ type: "invoice" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields)).toEqual(["subjectId"]);
  });

  it("refuses a cancelled order", async () => {
    const order = await f.order();
    await f.owner.caller.core.orders.cancel({ orderId: order.id });
    const refusal = await callRefusal(
      f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id }),
    );
    expect(refusal).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(refusal.message).toContain(order.number);
  });
  it("keeps a merged client's documents with the client it was merged into", async () => {
    const before = await f.owner.caller.core.documents.list({ clientId: f.client.id });
    const survivor = await seedClient(f.t, f.orgId, f.owner.user.id, { name: "Северный ветер (основной)" });
    await f.owner.caller.core.clients.merge({ intoId: survivor.id, fromId: f.client.id });
    const after = await f.owner.caller.core.documents.list({ clientId: survivor.id });
    expect(after.map((d) => d.id)).toEqual(before.map((d) => d.id));
    expect(new Set(after.map((d) => d.client.id))).toEqual(new Set([survivor.id]));
    const bySubject = await f.boris.caller.core.documents.list({ subjectId: before[0]?.subjectId ?? "" });
    expect(bySubject[0]?.client).toEqual({ id: survivor.id, name: "Северный ветер (основной)" });
  });
});

describe("issuing before the organisation's requisites are filled", () => {
  it("refuses with a field error and takes no number", async () => {
    const f = await documentsFixture({ bare: true });
    try {
      const order = await f.order();
      const refusal = await callRefusal(
        f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id }),
      );
      expect(refusal).toMatchObject({
        code: "PRECONDITION_FAILED",
        fields: { requisites: expect.any(String) },
      });
      const db = (await f.t.host.runtime(f.orgId)).db;
      expect(await db.select().from(documentCounters)).toEqual([]);
      expect(await db.select({ id: documents.id }).from(documents)).toEqual([]);
    } finally {
      await f.close();
    }
  });
});
