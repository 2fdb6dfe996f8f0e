import { type DocumentSource, silentLogger, systemActor } from "@quartet/core";
import { definePermission, definePlugin } from "@quartet/core/plugin";
import { router } from "@quartet/core/trpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistry } from "../../src/host/registry.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { sessionOf } from "../support/people.ts";
import { documentsFixture } from "./issuing.ts";
import { pdfText, pdfToPngs } from "./poppler.ts";

const issue = definePermission({
  id: "acts.issue",
  description: { en: "Issue acts", ru: "Оформлять акты" },
  defaultRoles: [],
});
const read = definePermission({
  id: "acts.read",
  description: { en: "Read acts", ru: "Видеть акты" },
  defaultRoles: [],
});

/** An act of completed work, drawn by the plugin itself with core's drawing kit; its subject is the client. */
const act: DocumentSource = {
  type: "acts.act",
  subject: "acts.work",
  name: { en: "Act of work", ru: "Акт выполненных работ" },
  permission: issue.id,
  readPermission: read.id,
  build: async (_ctx, clientId) => ({
    clientId,
    lines: [{ name: "Настройка воронки", unit: "усл.", quantity: "1", unitPriceMinor: 5_000_000 }],
    extra: { place: "г. Москва" },
  }),
  render(model, tools) {
    tools.write(`Акт № ${model.number} от ${model.date}`, { size: 14, bold: true });
    tools.rule();
    tools.write(`Исполнитель: ${model.seller.name}, ИНН ${model.seller.inn}`);
    tools.write(`Заказчик: ${model.buyer.name}`);
    tools.write(`Место: ${(model.extra as { place: string }).place}`);
    tools.write(model.totals.totalInWords, { bold: true });
  },
};

const acts = definePlugin({
  id: "acts",
  function: null,
  name: { en: "Acts", ru: "Акты" },
  description: { en: "Acts of work", ru: "Акты работ" },
  version: "1.0.0",
  dependsOn: [],
  permissions: [issue, read],
  events: { emits: [], consumes: [] },
  router: router({}),
  documents: [act],
});

describe("a plugin's document source with a layout of its own", () => {
  let f: Awaited<ReturnType<typeof documentsFixture>>;
  beforeAll(async () => {
    f = await documentsFixture({ plugins: [acts] });
  });
  afterAll(() => f.close());

  it("is offered for its subject, issued with core's numbering and drawn by the plugin", async () => {
    expect(await f.owner.caller.core.documents.types({ subject: "acts.work" })).toEqual([
      { type: "acts.act", name: "Act of work", subject: "acts.work" },
    ]);
    const issued = await f.owner.caller.core.documents.issue({ type: "acts.act", subjectId: f.client.id });
    expect(issued).toMatchObject({
      number: "1",
      fileName: "Акт выполненных работ № 1 от 31.12.2026.pdf",
      total: { amountMinor: 5_000_000, currency: "RUB" },
    });
    const response = await f.t.app(sessionOf(f.t, f.owner.user)).request(issued.url);
    expect(response.status).toBe(200);
    const pdf = new Uint8Array(await response.arrayBuffer());
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Акт № 1 от 2026-12-31");
    expect(text).toContain("Исполнитель: ООО «Квартет», ИНН 7707083893");
    expect(text).toContain("Заказчик: АО «Северный ветер»");
    expect(text).toContain("Место: г. Москва");
    expect(text).toContain("Пятьдесят тысяч рублей 00 копеек");
    pdfToPngs(pdf, "plugin-act");
  });

  it("needs the plugin's own permission to issue, and is gone while the plugin is disabled", async () => {
    const refusal = await callRefusal(
      f.boris.caller.core.documents.issue({ type: "acts.act", subjectId: f.client.id }),
    );
    expect(refusal.code).toBe("FORBIDDEN");
    await f.t.host.lifecycle.disable(f.orgId, "acts", systemActor);
    expect(await f.owner.caller.core.documents.types({ subject: "acts.work" })).toEqual([]);
    const gone = await callRefusal(
      f.owner.caller.core.documents.issue({ type: "acts.act", subjectId: f.client.id }),
    );
    expect(gone).toMatchObject({ code: "NOT_FOUND", fields: { type: expect.any(String) } });
  });
});

describe("boot check of a manifest's documents", () => {
  const plugin = (documents: unknown[]) =>
    definePlugin({ ...acts, id: "broken", permissions: [], documents: documents as DocumentSource[] });
  // The broken plugin declares no permissions of its own: its sources are guarded by core's.
  const guarded = { ...act, permission: "core.orders.write", readPermission: "core.orders.read" };

  it.each([
    [[{ ...guarded, type: "invoice" }], 'that does not start with "broken."'],
    [
      [
        { ...guarded, type: "broken.act" },
        { ...guarded, type: "broken.act" },
      ],
      'declares document type "broken.act" twice',
    ],
    [[{ ...guarded, type: "broken.act", render: undefined }], "neither a layout nor a render"],
    [[{ ...guarded, type: "broken.act", permission: "acts.issue" }], 'unknown permission "acts.issue"'],
    [[{ ...guarded, type: "broken.act", name: { ru: "Акт" } }], "without a name in both languages"],
  ])("skips the plugin and says why: %#", (documents, why) => {
    const registry = createRegistry([plugin(documents)], silentLogger);
    expect(registry.plugins).toEqual([]);
    expect(registry.failures[0]?.error).toContain(why);
  });
});
