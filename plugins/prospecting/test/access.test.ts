import { builtInRolePermissions } from "@quartet/core";
import { callPath, everyPermissionBut, permissionCatalog, procedureTable } from "@quartet/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allProspectingPermissions } from "../src/contracts/permissions.ts";
import { prospectingPlugin } from "../src/server/index.ts";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";

const table = procedureTable(prospectingPlugin.router);

describe("who may call prospecting", () => {
  let h: ProspectingHost;
  beforeAll(async () => {
    h = await prospectingHost();
  });
  afterAll(() => h.close());

  it("declares a prospecting permission on every procedure", () => {
    const ids = new Set(allProspectingPermissions.map((p) => p.id));
    expect(
      table.filter((e) => e.meta?.plugin !== "prospecting" || !ids.has(e.meta?.permission ?? "")),
    ).toEqual([]);
  });

  it.each(table.map((e) => [e.path, e.meta?.permission ?? ""]))(
    "%s refuses an actor without %s",
    async (path, permission) => {
      const all = permissionCatalog(h.t.host.registry).map((p) => p.id);
      const caller = await h.asActor(everyPermissionBut(all, permission));
      await expect(callPath(caller, `prospecting.${path}`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    },
  );

  it("lets a caller-role user reach only the call screen and scripts; everything else is FORBIDDEN", async () => {
    const student = await h.member("Студент", "caller");
    const caller = await h.as(student);
    const callerPermissions = builtInRolePermissions("caller", permissionCatalog(h.t.host.registry));
    const reachable: string[] = [];
    for (const entry of table) {
      const outcome = await callPath(caller, `prospecting.${entry.path}`).then(
        () => "ok",
        (error: { code?: string }) => error.code ?? "error",
      );
      if (outcome === "FORBIDDEN") continue;
      reachable.push(entry.path);
    }
    expect(reachable.sort()).toEqual(
      [
        "callScreen.answer",
        "callScreen.current",
        "campaigns.available",
        "queue.dispose",
        "queue.next",
        "queue.release",
        "scripts.get",
        "scripts.list",
      ].sort(),
    );
    expect([...callerPermissions].filter((p) => p.startsWith("prospecting.")).sort()).toEqual([
      "prospecting.calls.work",
      "prospecting.scripts.read",
    ]);
    await expect((await h.core(student)).core.clients.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
