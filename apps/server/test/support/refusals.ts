import type { Actor } from "@quartet/core";

/**
 * Calls the procedure at a dotted `path` ("farming.deals.create") on a tRPC caller, so a test
 * can walk a router's procedure table.
 *
 * @example await callPath(caller, "core.clients.list", {})
 */
export function callPath(caller: unknown, path: string, input: unknown = {}): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/**
 * A signed-in user with every permission of `catalog` except `missing`: the actor a procedure
 * gated by `missing` must refuse with FORBIDDEN.
 *
 * @example await expect(callPath(await h.asActor(everyPermissionBut(all, p)), path)).rejects.toMatchObject({ code: "FORBIDDEN" })
 */
export function everyPermissionBut(catalog: readonly string[], missing: string): Actor {
  return {
    kind: "user",
    id: "usr_x",
    name: "x",
    role: "custom",
    permissions: new Set(catalog.filter((id) => id !== missing)),
  };
}
