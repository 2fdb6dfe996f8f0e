import { at, type PluginHost, pluginHost } from "@quartet/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { campaignOver, createClients } from "../../test/support/calling-setup.ts";
import type { ProspectingHost } from "../../test/support/prospecting-host.ts";
import { prospectingPlugin } from "./index.ts";
import { prospectingPlan } from "./plan.ts";

const june = {
  from: Date.parse("2026-05-31T21:00:00Z"),
  to: Date.parse("2026-06-30T21:00:00Z"),
  firstDay: "2026-06-01",
  lastDay: "2026-06-30",
};

describe("prospecting's plan", () => {
  let h: PluginHost<readonly [typeof prospectingPlugin]>;
  beforeEach(async () => {
    h = await pluginHost([prospectingPlugin], { today: "2026-06-10" });
  });
  afterEach(() => h.close());

  /** The system's context, as the home page asks the plan (the plan reads no settings). */
  const system = async () => (await h.serviceContext()) as Parameters<typeof prospectingPlan.actual>[0];

  it("counts the requests qualified and the calls made within the month only", async () => {
    const api = (await h.as(h.owner)).prospecting;
    const first = await api.inbox.create({ source: "phone", name: "Анна", phone: "+73431234567" });
    await api.inbox.qualify({ requestId: first.id });
    await api.inbox.create({ source: "phone", name: "Борис", phone: "+73431234568" });
    const ids = await createClients(h as unknown as ProspectingHost, 2);
    const { campaign } = await campaignOver(h as unknown as ProspectingHost, h.owner, ids);
    const screen = await api.queue.next({ campaignId: campaign.id });
    await api.queue.dispose({ memberId: screen?.memberId ?? "", disposition: "no-answer" });
    h.clock.set(at("2026-07-01"));
    const late = await api.inbox.create({ source: "phone", name: "Вера", phone: "+73431234569" });
    await api.inbox.qualify({ requestId: late.id });
    expect(await prospectingPlan.actual(await system(), june)).toEqual({ leads: 1, calls: 1 });
  });
});
