import type { ProcedureMeta } from "@quartet/core/trpc";
import type { AnyTRPCRouter } from "@trpc/server";
import type { z } from "zod";

/** One procedure of a router, as the REST bridge, the OpenAPI document and the access test see it. */
export type ProcedureEntry = {
  path: string;
  type: "query" | "mutation" | "subscription";
  meta: ProcedureMeta | undefined;
  inputs: z.ZodType[];
};

/** Flattens a router into its procedures, sorted by path. */
export function procedureTable(router: AnyTRPCRouter): ProcedureEntry[] {
  const procedures = router._def.procedures as Record<
    string,
    { _def: { type: ProcedureEntry["type"]; meta?: ProcedureMeta; inputs: z.ZodType[] } }
  >;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({
      path,
      type: procedure._def.type,
      meta: procedure._def.meta,
      inputs: procedure._def.inputs ?? [],
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Procedures that declare neither a permission nor an explicit public or signed-in access. */
export function undeclaredProcedures(router: AnyTRPCRouter, knownPermissions: ReadonlySet<string>): string[] {
  return procedureTable(router)
    .filter((entry) => {
      const meta = entry.meta;
      if (!meta) return true;
      if (meta.access === "public" || meta.access === "authenticated") return false;
      return meta.access !== "permission" || !meta.permission || !knownPermissions.has(meta.permission);
    })
    .map((entry) => entry.path);
}
