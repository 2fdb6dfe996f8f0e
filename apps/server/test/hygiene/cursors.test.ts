import { systemActor } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { installedPlugins } from "../../src/plugins.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { procedureTable } from "../../src/trpc/procedure-table.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { seedClient } from "../support/clients.ts";
import { callerFor, type TeamPerson, teamFixture } from "../support/people.ts";
import { callPath } from "../support/refusals.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const plugins = [...installedPlugins];
const shapeOf = (schema: z.ZodType | undefined) =>
  (schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
const pagedLists = procedureTable(buildAppRouter(plugins))
  .filter((e) => e.type === "query" && "cursor" in shapeOf(e.inputs[0]))
  .map((e) => [e.path, Object.keys(shapeOf(e.inputs[0]))] as const);

describe("a damaged cursor on any paged list is a 400 naming `cursor`, not the first page", () => {
  let t: TestHost;
  let owner: TeamPerson;
  let clientId: string;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost({ plugins });
    const team = await teamFixture(t, { members: {} });
    ({ owner, orgId } = team);
    for (const plugin of plugins) await t.host.lifecycle.enable(orgId, plugin.id, systemActor);
    clientId = (await seedClient(t, orgId, owner.user.id)).id;
  });
  afterAll(() => t.close());

  it("finds the paged lists", () => {
    expect(pagedLists.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        "core.audit.list",
        "core.imports.list",
        "core.clients.list",
        "prospecting.inbox.list",
      ]),
    );
  });

  it.each(pagedLists)("%s", async (path, keys) => {
    const caller = await callerFor(t, owner.user, orgId);
    for (const cursor of [
      "zzz",
      Buffer.from('["x"]').toString("base64url"),
      "nop_0000000000000000000000000z",
    ]) {
      const input = { cursor, ...(keys.includes("clientId") ? { clientId } : {}) };
      const refusal = await callRefusal(callPath(caller, path, input));
      expect(refusal, cursor).toMatchObject({ code: "BAD_REQUEST", fields: { cursor: expect.any(String) } });
    }
  });
});
