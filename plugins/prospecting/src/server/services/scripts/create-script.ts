import { newId } from "@quartet/core";
import { scripts, scriptVersions } from "../../../db/calling.ts";
import type { ScriptGraph } from "../../../domain/script-graph.ts";
import type { ProspectingContext } from "../../context.ts";
import { checkGraph } from "./check-graph.ts";

/** Creates a script with its first version. */
export async function createScript({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { name: string; graph: ScriptGraph };
}) {
  checkGraph(input.graph);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const id = newId("scr", now);
    await scope.tx
      .insert(scripts)
      .values({ id, name: input.name, latestVersion: 1, createdAt: now, updatedAt: now });
    await scope.tx
      .insert(scriptVersions)
      .values({ scriptId: id, version: 1, graph: input.graph, createdAt: now, createdBy: ctx.actor.id });
    await scope.audit({
      action: "prospecting.script.create",
      entity: "script",
      entityId: id,
      after: { name: input.name },
    });
    return { id, version: 1 };
  });
}
