import { systemActor } from "@quartet/core";
import { requestReceived, requestTriaged } from "@quartet/prospecting/contracts";
import { prospectingPlugin } from "@quartet/prospecting/server";
import { type PluginHost, pluginHost } from "@quartet/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultTier } from "../src/contracts/program.ts";
import { vipPlugin } from "../src/server/index.ts";

/** An instant given as Moscow wall time (UTC+3). */
const msk = (dateTime: string) => Date.parse(`${dateTime}:00+03:00`);

const plugins = [prospectingPlugin, vipPlugin] as const;

describe("prospecting's inbox requests of a VIP client are timed against the tier's SLA", () => {
  let h: PluginHost<typeof plugins>;
  let clientId: string;
  beforeEach(async () => {
    h = await pluginHost(plugins, { today: "2026-06-01" });
    await (await h.as(h.owner)).vip.program.save({ tiers: [defaultTier] });
    const core = (await h.core()).core;
    const client = await core.clients.create({ name: "ООО Важный", phones: ["+74951112233"] });
    clientId = client.id;
    const order = await core.orders.record({
      clientId,
      orderedOn: "2026-06-01",
      lines: [{ name: "Поставка", quantity: 1, price: { amountMinor: 600_000_000 } }],
    });
    await core.orders.payments.record({
      orderId: order.id,
      amount: order.total,
      paidOn: "2026-06-01",
      method: "bank",
    });
    await h.deliver();
  });
  afterEach(() => h.close());

  const requestsOf = async () => (await (await h.as(h.owner)).vip.clients.get({ clientId })).sla.requests;

  it("times a request merged into a VIP client from its arrival to the merge, and leaves a dismissed stranger alone", async () => {
    const inbox = (await h.as(h.owner)).prospecting.inbox;
    h.clock.set(msk("2026-06-15T10:00"));
    const question = await inbox.create({ source: "phone", message: "Когда отгрузка?" });
    const spam = await inbox.create({ source: "phone", message: "Купите рекламу" });
    await h.deliver();
    expect(await requestsOf()).toEqual([]);
    h.clock.set(msk("2026-06-15T11:30"));
    await inbox.merge({ requestId: question.id, clientId });
    await inbox.dismiss({ requestId: spam.id, reason: "Спам" });
    await h.deliver();
    expect(await requestsOf()).toEqual([
      expect.objectContaining({
        requestId: question.id,
        source: "inbox",
        startedAt: msk("2026-06-15T10:00"),
        respondedAt: msk("2026-06-15T11:30"),
        dueAt: msk("2026-06-15T14:00"),
        state: "answered",
      }),
    ]);
    const report = await (await h.as(h.owner)).vip.sla.report({ from: "2026-06-01", to: "2026-06-30" });
    expect(report).toMatchObject({ total: 1, answered: 1, breached: 0 });
  });

  it("starts the clock when a known VIP client's request arrives and stops it at triage, once however often delivered", async () => {
    const runtime = await h.t.host.runtime(h.orgId);
    const receivedAt = msk("2026-06-15T16:00");
    h.clock.set(receivedAt);
    const call = { requestId: "req_call", clientId, source: "call", channel: "call" as const, utm: {} };
    await runtime.write(systemActor, (scope) =>
      scope.emit(requestReceived, { ...call, doNotCall: false, receivedAt }),
    );
    await h.deliver();
    expect(await requestsOf()).toEqual([
      expect.objectContaining({
        requestId: "req_call",
        source: "inbox",
        dueAt: msk("2026-06-16T11:00"),
        state: "running",
      }),
    ]);
    h.clock.set(msk("2026-06-16T10:00"));
    const triagedAt = msk("2026-06-16T10:00");
    const outcome = { outcome: "qualified" as const, triagedBy: h.owner.id, receivedAt, triagedAt };
    await runtime.write(systemActor, (scope) =>
      scope.emit(requestTriaged, { requestId: "req_call", clientId, ...outcome }),
    );
    await h.deliver();
    const [triaged] = await h.outbox("prospecting.request.triaged");
    h.clock.set(msk("2026-06-16T12:00"));
    await h.redeliver(triaged?.id ?? "");
    await h.deliver();
    expect(await requestsOf()).toEqual([
      expect.objectContaining({ requestId: "req_call", respondedAt: triagedAt, state: "answered" }),
    ]);
  });
});
