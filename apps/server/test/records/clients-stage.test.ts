import { type ServiceContext, silentLogger, systemActor } from "@quartet/core";
import { formatError } from "@quartet/core/trpc";
import { activities, auditLog, outbox } from "@quartet/db/org";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moveStageIfForward } from "../../src/records/clients/index.ts";
import { addMember, createUser, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return { code: error.code, ...formatError(error) };
}

/** A client's timeline entries of one type, oldest first. */
function entriesOf(
  runtime: Awaited<ReturnType<TestHost["host"]["runtime"]>>,
  clientId: string,
  type: string,
) {
  return runtime.db
    .select()
    .from(activities)
    .where(and(eq(activities.clientId, clientId), eq(activities.type, type as "system")))
    .orderBy(sql`rowid`);
}

describe("a client's lifecycle and responsible members", () => {
  let t: TestHost;
  let anna: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await createTestHost();
    anna = await createUser(t, "Anna");
  });
  afterAll(() => t.close());

  async function setup() {
    const { orgId, owner } = await teamFixture(t, { owner: anna, org: "Стадии", members: {} });
    const clients = owner.caller.core.clients;
    const { id } = await clients.create({ name: "Ромашка" });
    const runtime = await t.host.runtime(orgId);
    return { orgId, clients, id, runtime };
  }

  it("moves forward freely, to customer with a basis, back only to prospect or lead with a reason", async () => {
    const { clients, id, runtime } = await setup();
    await clients.changeStage({ clientId: id, to: "negotiation" });
    const noBasis = await refusal(clients.changeStage({ clientId: id, to: "customer" }));
    expect(noBasis).toMatchObject({ code: "BAD_REQUEST", data: { fields: { basis: expect.any(String) } } });
    await clients.changeStage({ clientId: id, to: "customer", basis: "manual" });
    const sideways = await refusal(clients.changeStage({ clientId: id, to: "negotiation", reason: "x" }));
    expect(sideways.code).toBe("PRECONDITION_FAILED");
    const same = await refusal(clients.changeStage({ clientId: id, to: "customer", basis: "manual" }));
    expect(same.code).toBe("PRECONDITION_FAILED");
    const noReason = await refusal(clients.changeStage({ clientId: id, to: "lead" }));
    expect(noReason.data.fields).toEqual({ reason: expect.any(String) });
    await clients.changeStage({ clientId: id, to: "lead", reason: "Сделка сорвалась" });

    const page = await clients.get({ id });
    if (page.merged) throw new Error("merged");
    expect(page.client.stage).toBe("lead");
    expect(page.stageHistory.map((h) => [h.fromStage, h.toStage, h.reason])).toEqual([
      [null, "prospect", null],
      ["prospect", "negotiation", null],
      ["negotiation", "customer", null],
      ["customer", "lead", "Сделка сорвалась"],
    ]);
    const timeline = await entriesOf(runtime, id, "stage-change");
    expect(timeline.map((a) => a.data)).toMatchObject([
      { from: "prospect", to: "negotiation" },
      { from: "negotiation", to: "customer", basis: "manual" },
      { from: "customer", to: "lead", reason: "Сделка сорвалась" },
    ]);
    expect(timeline.map((a) => a.body)).toEqual([
      "Потенциальный → Переговоры",
      "Переговоры → Покупатель",
      "Покупатель → Лид: Сделка сорвалась",
    ]);
    const events = await runtime.db
      .select()
      .from(outbox)
      .where(eq(outbox.name, "core.client.stage-changed"))
      .orderBy(sql`rowid`);
    expect(events.map((e) => e.payload)).toEqual([
      { clientId: id, from: null, to: "prospect", reason: null },
      { clientId: id, from: "prospect", to: "negotiation", reason: null },
      { clientId: id, from: "negotiation", to: "customer", reason: null },
      { clientId: id, from: "customer", to: "lead", reason: "Сделка сорвалась" },
    ]);
  });

  it("lets other services move a client forward only, inside their own transaction", async () => {
    const { clients, id, runtime } = await setup();
    const ctx: ServiceContext = t.host.serviceContext({
      org: runtime,
      actor: systemActor,
      clock: t.host.clock,
      logger: silentLogger,
      settings: undefined,
    });
    const move = (to: "prospect" | "lead" | "customer") =>
      runtime.write(systemActor, (scope) => moveStageIfForward(ctx, scope, id, to, "Автоматически"));
    expect(await move("lead")).toBe(true);
    expect(await move("lead")).toBe(false);
    expect(await move("prospect")).toBe(false);
    const won = { reasonCode: "deal-won", reasonParams: { title: "Поставка" } } as const;
    expect(
      await runtime.write(systemActor, (scope) => moveStageIfForward(ctx, scope, id, "customer", "Won", won)),
    ).toBe(true);
    const entries = await entriesOf(runtime, id, "stage-change");
    expect(entries.map((a) => [a.body, a.data])).toEqual([
      [
        "Потенциальный → Лид: Автоматически",
        {
          from: "prospect",
          to: "lead",
          reason: "Автоматически",
          basis: null,
          text: {
            key: "core.timeline.withDetail",
            params: expect.objectContaining({ detail: "Автоматически" }),
          },
        },
      ],
      [
        "Лид → Покупатель: Сделка «Поставка» выиграна",
        {
          from: "lead",
          to: "customer",
          reason: "Сделка «Поставка» выиграна",
          basis: "first-payment",
          ...won,
          text: {
            key: "core.timeline.withDetail",
            params: expect.objectContaining({
              detail: { key: "core.timeline.dealWon", params: { title: "Поставка" } },
            }),
          },
        },
      ],
    ]);
    const page = await clients.get({ id });
    if (page.merged) throw new Error("merged");
    expect(page.client.stage).toBe("customer");
    expect(page.stageHistory.at(-1)).toMatchObject({
      fromStage: "lead",
      toStage: "customer",
      actorId: "system",
    });
    await expect(
      runtime.write(systemActor, (scope) => moveStageIfForward(ctx, scope, "cli_nope", "lead", "x")),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sets a member responsible for a function, refuses a non-member, and clears it", async () => {
    const { orgId, clients, id, runtime } = await setup();
    const boris = await createUser(t, `Boris${Date.now()}`);
    await addMember(t, orgId, anna, boris, "member");
    expect(await clients.setOwner({ clientId: id, function: "farming", userId: boris.id })).toEqual({
      changed: true,
    });
    expect(await clients.setOwner({ clientId: id, function: "farming", userId: boris.id })).toEqual({
      changed: false,
    });
    const stranger = await createUser(t, `Stranger${Date.now()}`);
    const refused = await refusal(clients.setOwner({ clientId: id, function: "vip", userId: stranger.id }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", data: { fields: { userId: "Not a member" } } });
    let page = await clients.get({ id });
    expect(page.merged === false && page.client.owners).toEqual({
      prospecting: anna.id,
      "first-sale": null,
      farming: boris.id,
      vip: null,
    });
    await clients.setOwner({ clientId: id, function: "prospecting", userId: null });
    page = await clients.get({ id });
    expect(page.merged === false && page.client.owners.prospecting).toBeNull();
    const timeline = await entriesOf(runtime, id, "system");
    expect(timeline.map((a) => [a.function, a.body])).toEqual([
      ["farming", `Ответственный за «Развитие клиентов»: ${boris.name}`],
      ["prospecting", "За «Лидогенерация» теперь никто не отвечает"],
    ]);
    const audit = await runtime.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "core.client.owner"))
      .orderBy(sql`rowid`);
    expect(audit.map((a) => a.after)).toEqual([
      { function: "farming", userId: boris.id },
      { function: "prospecting", userId: null },
    ]);
  });
});
