import { describe, expect, it } from "vitest";
import { groupPermissions, groupState, toggleGroup } from "./permission-groups.ts";

const p = (id: string) => ({ id, description: { en: id, ru: id } });
const catalog = [
  p("vip.tiers.manage"),
  p("core.org.read"),
  p("core.org.ownership"),
  p("prospecting.calls.work"),
  p("core.org.manage"),
  p("prospecting.leads.read"),
];

describe("groupPermissions", () => {
  it("groups by owner prefix, core first, leaving out what only the owner holds", () => {
    expect(groupPermissions(catalog).map((g) => [g.owner, g.permissions.map((x) => x.id)])).toEqual([
      ["core", ["core.org.read", "core.org.manage"]],
      ["prospecting", ["prospecting.calls.work", "prospecting.leads.read"]],
      ["vip", ["vip.tiers.manage"]],
    ]);
  });
});

describe("groupState / toggleGroup", () => {
  const [core] = groupPermissions(catalog);
  if (!core) throw new Error("core group expected");

  it("tells all, some or none", () => {
    expect(groupState(core, new Set())).toBe("none");
    expect(groupState(core, new Set(["core.org.read"]))).toBe("some");
    expect(groupState(core, new Set(["core.org.read", "core.org.manage", "vip.tiers.manage"]))).toBe("all");
  });

  it("adds or removes a whole group and leaves the others alone", () => {
    const selected = new Set(["vip.tiers.manage", "core.org.read"]);
    expect([...toggleGroup(selected, core, true)].sort()).toEqual([
      "core.org.manage",
      "core.org.read",
      "vip.tiers.manage",
    ]);
    expect([...toggleGroup(selected, core, false)]).toEqual(["vip.tiers.manage"]);
  });
});
