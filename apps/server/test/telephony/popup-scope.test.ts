import { definePlugin } from "@quartet/core/plugin";
import { farmingPlugin } from "@quartet/farming/server";
import { firstSalePlugin } from "@quartet/first-sale/server";
import { signedNotification, startFakeZadarma } from "@quartet/telephony-zadarma/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sseReader } from "../notifications/sse-reader.ts";
import { sessionOf } from "../support/people.ts";
import { pluginHost, type TestUser } from "../support/plugin-host.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };

/** A plugin whose open-deals reader throws: the popup opens with the others' deals. */
const broken = definePlugin({
  id: "broken",
  function: null,
  name: { en: "Broken", ru: "Сломанный" },
  description: { en: "Throws", ru: "Падает" },
  version: "1.0.0",
  dependsOn: [],
  permissions: [],
  events: { emits: [], consumes: [] },
  router: undefined,
  clientDeals: async () => {
    throw new Error("deals table corrupted");
  },
});

/**
 * What the incoming-call popup shows, through the real hook and notification stream with first
 * sale, farming and a plugin whose reader throws enabled: the client's open deals from first sale
 * and farming for a member who sees the client, and the number only («out of scope») for a member whose role does not reach it.
 */
describe("the incoming-call popup's deals and who may see the client", () => {
  let h: Awaited<
    ReturnType<typeof pluginHost<[typeof firstSalePlugin, typeof farmingPlugin, typeof broken]>>
  >;
  let api: Awaited<ReturnType<typeof startFakeZadarma>>;
  let path: string;
  let clientId: string;
  let head: TestUser;
  let caller: TestUser;

  const ring = async (user: TestUser, callId: string, internal: string) => {
    const stream = sseReader(
      await h.t.app(sessionOf(h.t, user)).request(`/api/v1/notifications/stream?org=${h.orgId}`),
    );
    expect(await stream.next()).toMatchObject({ event: "ready" });
    const fields = {
      pbx_call_id: callId,
      caller_id: "74951234567",
      called_did: "74957654321",
      call_start: "2026-06-01 12:30:05",
      internal,
    };
    const sent = signedNotification(keys.secret, "NOTIFY_INTERNAL", fields);
    expect((await h.t.app().request(path, { method: "POST", ...sent })).status).toBe(200);
    const shown = (await stream.next()) as { event: string; data: string };
    expect(shown.event).toBe("call");
    return JSON.parse(shown.data).card;
  };

  beforeAll(async () => {
    api = await startFakeZadarma(keys);
    process.env.QUARTET_ZADARMA_API_URL = api.url;
    h = await pluginHost([firstSalePlugin, farmingPlugin, broken]);
    head = await h.member("Борис", "head-of-sales");
    caller = await h.member("Олег", "caller");
    const owner = (await h.as(h.owner)).core;
    path =
      (
        await owner.telephony.settings.save({
          adapter: "zadarma",
          settings: { ...keys, timeZone: "Europe/Moscow" },
        })
      ).notificationPath ?? "";
    await owner.telephony.extensions.set({ extension: "101", userId: head.id });
    await owner.telephony.extensions.set({ extension: "102", userId: caller.id });
    clientId = (await owner.clients.create({ name: "ООО Ромашка", phones: ["+74951234567"] })).id;
    const plugins = await h.as(h.owner);
    await plugins.firstSale.deals.create({
      clientId,
      title: "Поставка насосов",
      estimate: { amountMinor: 12_000_000 },
    });
    await plugins.farming.deals.create({
      clientId,
      kind: "upsell",
      title: "Доп. насосы",
      amountMinor: 300_000,
    });
  });
  afterAll(async () => {
    delete process.env.QUARTET_ZADARMA_API_URL;
    await api.close();
    await h.close();
  });

  it("shows a member who sees the client its open deals from every enabled plugin, biggest first", async () => {
    const card = await ring(head, "in_1", "101");
    expect(card).toMatchObject({ outOfScope: false, client: { id: clientId, name: "ООО Ромашка" } });
    expect(card.deals).toEqual([
      expect.objectContaining({
        title: "Поставка насосов",
        amountMinor: 12_000_000,
        currency: "RUB",
        href: expect.stringMatching(/^\/deals\/deal_/),
        stage: { en: expect.any(String), ru: expect.any(String) },
      }),
      expect.objectContaining({
        title: "Доп. насосы",
        amountMinor: 300_000,
        href: expect.stringMatching(/^\/farming\/deals\//),
      }),
    ]);
  });

  it("shows a member whose role does not reach the client the number only", async () => {
    const card = await ring(caller, "in_2", "102");
    expect(card).toEqual({
      callId: "in_2",
      direction: "inbound",
      number: "+74951234567",
      outOfScope: true,
      client: null,
      contact: null,
      owner: null,
      deals: [],
      lastActivity: null,
    });
  });
});
