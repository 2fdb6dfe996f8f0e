import { builtInRolePermissions } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionCatalog } from "../../src/people/index.ts";
import { installedPlugins } from "../../src/plugins.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { procedureTable } from "../../src/trpc/procedure-table.ts";
import { callPath, everyPermissionBut } from "../support/refusals.ts";
import { createTestHost, type TestHost, testPlugins } from "../support/test-host.ts";

const plugins = [...testPlugins, ...installedPlugins];
const table = procedureTable(buildAppRouter(plugins)).filter((e) => e.meta?.access === "permission");

describe("an actor without the permission is refused by every procedure", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost({ plugins });
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    const system = {
      kind: "system" as const,
      id: "s",
      name: "s",
      role: "system",
      permissions: new Set(["*"]),
    };
    for (const plugin of plugins) await t.host.lifecycle.enable(orgId, plugin.id, system);
  });
  afterAll(() => t.close());

  it.each(table.map((e) => [e.type, e.path, e.meta?.permission ?? ""]))(
    "%s %s (%s)",
    async (_type, path, permission) => {
      const all = permissionCatalog(t.host.registry).map((p) => p.id);
      const caller = await t.caller(everyPermissionBut(all, permission), orgId);
      await expect(callPath(caller, path)).rejects.toMatchObject({ code: "FORBIDDEN" });
    },
  );

  it("refuses a caller-role user everything its role does not grant", async () => {
    const catalog = permissionCatalog(t.host.registry);
    const callerPermissions = builtInRolePermissions("caller", catalog);
    const caller = await t.caller(
      { kind: "user", id: "usr_c", name: "c", role: "caller", permissions: callerPermissions },
      orgId,
    );
    const refused = [];
    for (const entry of table) {
      if (callerPermissions.has(entry.meta?.permission ?? "")) continue;
      await expect(callPath(caller, entry.path)).rejects.toMatchObject({ code: "FORBIDDEN" });
      refused.push(entry.path);
    }
    expect(refused.length).toBe(
      table.length - table.filter((e) => callerPermissions.has(e.meta?.permission ?? "")).length,
    );
    expect(
      [...callerPermissions].every((p) => catalog.find((c) => c.id === p)?.defaultRoles.includes("caller")),
    ).toBe(true);
  });
});
