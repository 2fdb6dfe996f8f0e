import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { campaignOver, createClients, defineBudgetField } from "./support/calling-setup.ts";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";

describe("a caller walks a branching script to interested", () => {
  let h: ProspectingHost;
  beforeEach(async () => {
    h = await prospectingHost();
  });
  afterEach(() => h.close());

  it("records the answers on the call, opens a request, and qualifying makes a lead handed to first sale", async () => {
    await defineBudgetField(h);
    const [clientId = ""] = await createClients(h, 1);
    const manager = await h.member("Head", "head-of-sales");
    const { campaign, script } = await campaignOver(h, manager, [clientId]);
    const student = await h.member("Student", "caller");
    const api = (await h.as(student)).prospecting;

    expect(await api.campaigns.available()).toEqual([{ id: campaign.id, name: "Весна" }]);
    const screen = await api.queue.next({ campaignId: campaign.id });
    expect(screen).toMatchObject({
      phone: "+79121000000",
      timeZone: "Asia/Yekaterinburg",
      client: { id: clientId, name: "ООО Клиент 1", region: "Свердловская область" },
      script: { id: script.id, version: 1, step: { id: "hello", kind: "say" } },
      attempts: [],
    });
    const memberId = screen?.memberId ?? "";
    expect((await api.callScreen.answer({ memberId, stepId: "hello", value: null })).step?.id).toBe("need");
    expect((await api.callScreen.answer({ memberId, stepId: "need", value: "yes" })).step?.id).toBe("budget");
    expect((await api.callScreen.current({}))?.script.step?.id).toBe("budget");
    await api.callScreen.answer({ memberId, stepId: "budget", value: "150 000" });
    expect(await api.callScreen.answer({ memberId, stepId: "offer", value: "yes" })).toMatchObject({
      step: null,
      outcome: "interested",
    });

    const done = await api.queue.dispose({ memberId, note: "Просили КП на почту" });
    expect(done).toMatchObject({ disposition: "interested", next: { state: "done" } });

    const manage = (await h.as(manager)).prospecting;
    const [call] = await manage.campaigns.calls({ campaignId: campaign.id });
    expect(call).toMatchObject({
      callerId: student.id,
      disposition: "interested",
      scriptVersion: 1,
      requestId: done.requestId,
      answers: [
        { stepId: "hello", value: null },
        { stepId: "need", value: "yes" },
        { stepId: "budget", value: "150 000" },
        { stepId: "offer", value: "yes" },
      ],
    });
    const { items } = await manage.inbox.list({});
    expect(items).toEqual([
      expect.objectContaining({ id: done.requestId, channel: "call", clientId, source: "campaign:Весна" }),
    ]);

    const core = (await h.core(manager)).core;
    expect(call?.fieldWrites).toEqual({ budget: 150000 });
    expect(call?.fieldsAppliedAt).toBeNull(); // a caller may not write the client base
    expect(await core.clients.get({ id: clientId })).toMatchObject({
      client: { stage: "prospect", customFields: {} },
    });

    const qualified = await manage.inbox.qualify({ requestId: done.requestId ?? "", note: "Готовы к КП" });
    expect(qualified).toMatchObject({ clientId, created: false, handoffId: expect.any(String) });
    expect(await core.clients.get({ id: clientId })).toMatchObject({
      client: { stage: "lead", customFields: { budget: 150000 } },
    });
    expect(await core.handoffs.forClient({ clientId })).toEqual({
      items: [
        expect.objectContaining({
          id: qualified.handoffId,
          fromFunction: "prospecting",
          toFunction: "first-sale",
          context: expect.objectContaining({ requestId: done.requestId, channel: "call" }),
        }),
      ],
    });
    await expect(manage.inbox.qualify({ requestId: done.requestId ?? "" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("keeps a call's script version when the script is edited", async () => {
    const [clientId = ""] = await createClients(h, 1);
    const { campaign, script } = await campaignOver(h, h.owner, [clientId]);
    const owner = (await h.as(h.owner)).prospecting;
    const v1 = await owner.scripts.get({ scriptId: script.id });
    const edited = {
      ...v1.graph,
      steps: v1.graph.steps.map((s) => (s.id === "hello" ? { ...s, text: "Добрый день!" } : s)),
    };
    expect(await owner.scripts.publish({ scriptId: script.id, graph: edited, expectedVersion: 1 })).toEqual({
      id: script.id,
      version: 2,
    });
    await expect(
      owner.scripts.publish({ scriptId: script.id, graph: edited, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await owner.scripts.get({ scriptId: script.id, version: 1 })).graph).toEqual(v1.graph);
    const screen = await owner.queue.next({ campaignId: campaign.id });
    expect(screen?.script).toMatchObject({
      version: 1,
      step: { text: v1.graph.steps[0] && "text" in v1.graph.steps[0] ? v1.graph.steps[0].text : "" },
    });
  });

  it("refuses a script that cannot finish, naming the step", async () => {
    const owner = (await h.as(h.owner)).prospecting;
    await expect(
      owner.scripts.create({
        name: "Петля",
        graph: {
          start: "a",
          steps: [
            { id: "a", kind: "say", text: "A", next: "b" },
            { id: "b", kind: "say", text: "B", next: "a" },
          ],
        },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
