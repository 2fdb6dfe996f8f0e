import { publicProcedure, router, t as trpc } from "@quartet/core/trpc";
import { describe, expect, it } from "vitest";
import { permissionCatalog } from "../../src/people/index.ts";
import { installedPlugins } from "../../src/plugins.ts";
import { appRouter } from "../../src/router-type.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { procedureTable, undeclaredProcedures } from "../../src/trpc/procedure-table.ts";
import { createTestHost, testPlugins } from "../support/test-host.ts";

describe("every procedure declares who may call it", () => {
  it("holds for the production router and for the router with the test plugins", async () => {
    const t = await createTestHost({ plugins: [...testPlugins, ...installedPlugins] });
    const known = new Set(permissionCatalog(t.host.registry).map((p) => p.id));
    await t.close();
    expect(procedureTable(appRouter).length).toBeGreaterThan(30);
    expect(undeclaredProcedures(appRouter, known)).toEqual([]);
    expect(undeclaredProcedures(buildAppRouter(testPlugins), known)).toEqual([]);
  });

  it("fails on a procedure without a declaration or with an unknown permission", () => {
    const bad = router({
      ok: publicProcedure.query(() => 1),
      bare: trpc.procedure.query(() => 2),
      typo: trpc.procedure.meta({ access: "permission", permission: "core.nothing.here" }).query(() => 3),
      missing: trpc.procedure.meta({ access: "permission" }).query(() => 4),
    });
    expect(undeclaredProcedures(bad, new Set(["core.org.read"]))).toEqual(["bare", "missing", "typo"]);
  });
});
