import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ScriptGraphInput } from "../src/domain/script-graph.ts";
import { createClients, roundTheClock } from "./support/calling-setup.ts";
import { type ProspectingHost, prospectingHost, type TestUser } from "./support/prospecting-host.ts";

/** A script whose field steps fill two core fields: industry and city. */
const qualifyingScript: ScriptGraphInput = {
  start: "industry",
  steps: [
    { id: "industry", kind: "field", text: "Чем вы занимаетесь?", field: "industry", next: "city" },
    { id: "city", kind: "field", text: "В каком вы городе?", field: "city", next: "won" },
    { id: "won", kind: "outcome", disposition: "interested" },
  ],
};

describe("script field steps that fill core fields", () => {
  let h: ProspectingHost;
  let manager: TestUser;
  let clientId: string;
  let campaignId: string;
  beforeEach(async () => {
    h = await prospectingHost();
    [clientId = ""] = await createClients(h, 1);
    manager = await h.member("Head", "head-of-sales");
    const api = (await h.as(manager)).prospecting;
    const script = await api.scripts.create({ name: "Квалификация", graph: qualifyingScript });
    const list = await api.lists.create({ name: "Один", clientIds: [clientId] });
    campaignId = (
      await api.campaigns.create({
        name: "Весна",
        listId: list.id,
        scriptId: script.id,
        window: roundTheClock,
        maxAttempts: 3,
      })
    ).id;
  });
  afterEach(() => h.close());

  async function callAsInterested(user: TestUser) {
    const api = (await h.as(user)).prospecting;
    const memberId = (await api.queue.next({ campaignId }))?.memberId ?? "";
    await api.callScreen.answer({ memberId, stepId: "industry", value: "Пищевое производство" });
    await api.callScreen.answer({ memberId, stepId: "city", value: "Нижний Тагил" });
    return api.queue.dispose({ memberId });
  }

  it("keeps a caller's answers on the call and writes them when a manager qualifies the request", async () => {
    const done = await callAsInterested(await h.member("Student", "caller"));
    const core = (await h.core(manager)).core;
    expect(await core.clients.get({ id: clientId })).toMatchObject({
      client: { industry: null, city: null },
    });
    const [call] = await (await h.as(manager)).prospecting.campaigns.calls({ campaignId });
    expect(call).toMatchObject({
      fieldWrites: { "core.industry": "Пищевое производство", "core.city": "Нижний Тагил" },
      fieldsAppliedAt: null,
    });

    await (await h.as(manager)).prospecting.inbox.qualify({ requestId: done.requestId ?? "" });
    expect(await core.clients.get({ id: clientId })).toMatchObject({
      client: { industry: "Пищевое производство", city: "Нижний Тагил", stage: "lead" },
    });
  });

  it("writes them at once when the person calling may write the client", async () => {
    await callAsInterested(manager);
    const core = (await h.core(manager)).core;
    expect(await core.clients.get({ id: clientId })).toMatchObject({
      client: { industry: "Пищевое производство", city: "Нижний Тагил", stage: "prospect" },
    });
    const [call] = await (await h.as(manager)).prospecting.campaigns.calls({ campaignId });
    expect(call?.fieldsAppliedAt).toEqual(expect.any(Number));
  });
});
