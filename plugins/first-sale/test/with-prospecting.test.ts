import { createCallerFactory } from "@quartet/core/trpc";
import { createProspectingPlugin } from "@quartet/prospecting/server";
import {
  buildAppRouter,
  createRequestContext,
  createTestHost,
  createUser,
  orgOwnedBy,
  type TestHost,
} from "@quartet/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstSalePlugin } from "../src/server/index.ts";

const prospecting = createProspectingPlugin();
const createCaller = createCallerFactory(buildAppRouter([prospecting, firstSalePlugin]));

describe("with prospecting installed", () => {
  let t: TestHost;
  let caller: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    t = await createTestHost({ plugins: [prospecting, firstSalePlugin] });
    const owner = await createUser(t, "Ольга", "olga@example.com");
    const orgId = (await orgOwnedBy(t, owner)).id;
    const actor = {
      kind: "user" as const,
      id: owner.id,
      name: owner.name,
      role: "owner",
      permissions: new Set(["*"]),
    };
    await t.host.lifecycle.enable(orgId, "prospecting", actor);
    await t.host.lifecycle.enable(orgId, "first-sale", actor);
    caller = createCaller(await createRequestContext(t.host, { actor, orgId }));
  });
  afterAll(() => t.close());

  it("a request qualified in the inbox becomes one deal in first sale", async () => {
    const request = await caller.prospecting.inbox.create({
      source: "звонок в офис",
      name: "Пётр Сидоров",
      company: "ООО Молоко",
      phone: "+79123334455",
    });
    const qualified = await caller.prospecting.inbox.qualify({ requestId: request.id, note: "Нужен сыр" });
    await t.host.dispatcher.idle();
    const { items } = await caller.firstSale.deals.list({ clientId: qualified.clientId });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ leadRequestId: request.id, source: "звонок в офис", status: "open" });
  });
});
