import { DomainError } from "@quartet/core";
import { and, eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { scripts, scriptVersions } from "../../../db/calling.ts";
import type { ScriptGraph } from "../../../domain/script-graph.ts";
import type { ProspectingContext } from "../../context.ts";
import { checkGraph } from "./check-graph.ts";

/**
 * Editing a script publishes a new version; earlier versions never change, so calls keep the
 * script they were made with. `expectedVersion` guards against overwriting a colleague's edit.
 */
export async function publishVersion({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { scriptId: string; graph: ScriptGraph; name?: string; expectedVersion?: number };
}) {
  checkGraph(input.graph);
  return ctx.org.write(ctx.actor, async (scope) => {
    const [script] = await scope.tx.select().from(scripts).where(eq(scripts.id, input.scriptId));
    if (!script) throw new DomainError("NOT_FOUND", m.noSuchScript);
    if (input.expectedVersion !== undefined && input.expectedVersion !== script.latestVersion) {
      throw new DomainError("CONFLICT", m.scriptMoved, { params: { version: script.latestVersion } });
    }
    const now = ctx.clock.now();
    const version = script.latestVersion + 1;
    await scope.tx
      .insert(scriptVersions)
      .values({ scriptId: script.id, version, graph: input.graph, createdAt: now, createdBy: ctx.actor.id });
    await scope.tx
      .update(scripts)
      .set({ latestVersion: version, updatedAt: now, ...(input.name ? { name: input.name } : {}) })
      .where(and(eq(scripts.id, script.id), eq(scripts.latestVersion, script.latestVersion)));
    await scope.audit({
      action: "prospecting.script.publish",
      entity: "script",
      entityId: script.id,
      after: { version },
    });
    return { id: script.id, version };
  });
}
