import { signedNotification, startFakeZadarma } from "@quartet/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaignOver, createClients } from "./support/calling-setup.ts";
import { type ProspectingHost, prospectingHost, type TestUser } from "./support/prospecting-host.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };
const line = "74957654321";
const stranger = "79990001122";
const start = "2026-12-07 12:30:05";

describe("prospecting on the PBX", () => {
  let h: ProspectingHost;
  let api: Awaited<ReturnType<typeof startFakeZadarma>>;
  let path: string;
  let caller: TestUser;
  let lena: TestUser;
  let campaignId: string;
  let calls = 0;

  const notify = (event: Parameters<typeof signedNotification>[1], fields: Record<string, string>) =>
    h.hook(path, { method: "POST", ...signedNotification(keys.secret, event, fields) });
  /** The end of a call the caller dialled (extension 101) to `to` (E.164). */
  const dialledEnd = (to: string, disposition: string, duration: string) =>
    notify("NOTIFY_OUT_END", {
      pbx_call_id: `out_${++calls}`,
      internal: "101",
      destination: to.slice(1),
      call_start: start,
      duration,
      disposition,
      is_recorded: "0",
    });
  const inboundEnd = (callId: string, from: string, disposition: string, duration: string) =>
    notify("NOTIFY_END", {
      pbx_call_id: callId,
      caller_id: from,
      called_did: line,
      call_start: start,
      internal: "101",
      duration,
      disposition,
      is_recorded: "0",
    });
  const delivered = () => h.t.host.dispatcher.idle();
  const callerApi = async () => (await h.as(caller)).prospecting;
  /** Lena's open tasks (she covers prospecting). */
  const lenasTasks = async () => {
    const buckets = await (await h.core(lena)).core.tasks.mine();
    return Object.values(buckets)
      .filter((bucket) => Array.isArray(bucket))
      .flat() as { id: string; title: string; note: string | null; function: string | null }[];
  };
  const phoneRequests = async () =>
    (await (await h.as(h.owner)).prospecting.inbox.list({ channel: "call" })).items.filter((r) =>
      r.source.startsWith("phone:"),
    );

  beforeAll(async () => {
    api = await startFakeZadarma(keys);
    process.env.QUARTET_ZADARMA_API_URL = api.url;
    h = await prospectingHost();
    const owner = (await h.core(h.owner)).core;
    path =
      (
        await owner.telephony.settings.save({
          adapter: "zadarma",
          settings: { ...keys, timeZone: "Europe/Moscow" },
        })
      ).notificationPath ?? "";
    caller = await h.member("Катя", "caller");
    lena = await h.member("Лена", "member");
    await owner.staffing.assign({ userId: lena.id, function: "prospecting" });
    await owner.telephony.extensions.set({ extension: "101", userId: caller.id });
    ({
      campaign: { id: campaignId },
    } = await campaignOver(h, h.owner, await createClients(h, 3)));
  });
  afterAll(async () => {
    delete process.env.QUARTET_ZADARMA_API_URL;
    await h.close();
    await api.close();
  });

  it("tells the caller they dial through the PBX, a member without an extension that they do not, and refuses one who may not call", async () => {
    expect(await (await h.core(caller)).core.telephony.dialer()).toEqual({
      available: true,
      extension: "101",
    });
    expect(await (await h.core(h.owner)).core.telephony.dialer()).toEqual({
      available: false,
      extension: null,
    });
    const viewer = await h.member("Вера", "viewer");
    await expect((await h.core(viewer)).core.telephony.dialer()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("dials the held record's number with a signed request; «no answer» from the PBX pre-selects «no answer»", async () => {
    const screen = await (await callerApi()).queue.next({ campaignId });
    if (!screen) throw new Error("the queue is empty");
    expect(screen.pbx).toBeNull();
    await (await h.core(caller)).core.telephony.startCall({ to: screen.phone });
    expect(api.requests.at(-1)).toMatchObject({
      method: "/v1/request/callback/",
      params: { from: "101", to: screen.phone.slice(1) },
      signed: true,
    });
    expect((await dialledEnd(screen.phone, "no answer", "0")).status).toBe(200);
    await delivered();
    const after = await (await callerApi()).callScreen.current({});
    expect(after?.pbx).toEqual({
      disposition: "no-answer",
      durationSec: 0,
      connected: false,
      outcome: "no-answer",
    });
    await (await callerApi()).queue.dispose({ memberId: screen.memberId, disposition: "no-answer" });
    const [call] = await (await h.as(h.owner)).prospecting.campaigns.calls({ campaignId, limit: 10 });
    expect(call).toMatchObject({ disposition: "no-answer" });
  });

  it("keeps an answered call's talk time and counts it in the caller's shift", async () => {
    const screen = await (await callerApi()).queue.next({ campaignId });
    if (!screen) throw new Error("the queue is empty");
    await (await h.core(caller)).core.telephony.startCall({ to: screen.phone });
    await dialledEnd(screen.phone, "answered", "95");
    await delivered();
    expect((await (await callerApi()).callScreen.current({}))?.pbx).toEqual({
      disposition: "answered",
      durationSec: 95,
      connected: true,
      outcome: null,
    });
    await (await callerApi()).queue.dispose({ memberId: screen.memberId, disposition: "not-interested" });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const shifts = await (await h.as(h.owner)).prospecting.stats.callers({ from: day(-1), to: day(1) });
    expect(shifts.find((s) => s.callerId === caller.id)).toMatchObject({ dials: 2, talkSec: 95 });
  });

  it("fills a call already closed when the PBX reports its end afterwards", async () => {
    const screen = await (await callerApi()).queue.next({ campaignId });
    if (!screen) throw new Error("the queue is empty");
    await (await callerApi()).queue.dispose({ memberId: screen.memberId, disposition: "callback" });
    await dialledEnd(screen.phone, "answered", "30");
    await delivered();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const shifts = await (await h.as(h.owner)).prospecting.stats.callers({ from: day(-1), to: day(1) });
    expect(shifts.find((s) => s.callerId === caller.id)).toMatchObject({ dials: 3, talkSec: 125 });
  });

  it("opens one request for an inbound call from an unknown number, however often it is delivered", async () => {
    for (let i = 0; i < 3; i++)
      expect((await inboundEnd("in_1", "79990000001", "answered", "40")).status).toBe(200);
    await delivered();
    const opened = (await phoneRequests()).filter((r) => r.contactPhone === "+79990000001");
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ source: `phone:+${line}`, status: "new", missedCall: null });
  });

  it("a missed call from an unknown number opens a request with one callback task, waiting until called back", async () => {
    for (let i = 0; i < 3; i++) await inboundEnd("in_2", stranger, "no answer", "0");
    await delivered();
    const [missed] = (await phoneRequests()).filter((r) => r.contactPhone === `+${stranger}`);
    expect(missed?.missedCall).toMatchObject({ waiting: true });
    const callbacks = (await lenasTasks()).filter((t) => t.title.includes("+7 (999) 000-11-22"));
    expect(callbacks).toEqual([
      expect.objectContaining({
        title: "Перезвонить на +7 (999) 000-11-22: пропущенный звонок",
        note: "Пропущенный звонок с +7 (999) 000-11-22 на +7 (495) 765-43-21; заявка — в разделе «Лиды»",
        function: "prospecting",
      }),
    ]);
    await dialledEnd(`+${stranger}`, "answered", "20");
    await delivered();
    const [after] = (await phoneRequests()).filter((r) => r.contactPhone === `+${stranger}`);
    expect(after?.missedCall).toMatchObject({ waiting: false });
  });

  it("a missed call is no longer waiting once its callback task is done", async () => {
    await inboundEnd("in_3", "79990003344", "busy", "0");
    await delivered();
    const [waiting] = (await phoneRequests()).filter((r) => r.contactPhone === "+79990003344");
    expect(waiting?.missedCall).toMatchObject({ waiting: true });
    const task = (await lenasTasks()).find((t) => t.title.includes("+7 (999) 000-33-44"));
    if (!task) throw new Error("no callback task");
    await (await h.core(lena)).core.tasks.complete({ taskId: task.id });
    const [request] = (await phoneRequests()).filter((r) => r.contactPhone === "+79990003344");
    expect(request?.missedCall).toMatchObject({ waiting: false });
  });
});
