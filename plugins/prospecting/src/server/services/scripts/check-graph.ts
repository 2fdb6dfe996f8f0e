import { DomainError, type FieldMessages } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import type { ScriptGraph } from "../../../domain/script-graph.ts";
import { validateScript } from "../../../domain/validate-script.ts";

/**
 * Refuses a graph that `validateScript` rejects, naming each step at fault. Field steps fill
 * `customFields.<key>` or a core field (`coreFieldTargets`, written through `records.clients.update`).
 */
export function checkGraph(graph: ScriptGraph): void {
  const fields: FieldMessages = {};
  const result = validateScript(graph);
  if (!result.ok)
    for (const issue of result.issues) fields[`graph.${issue.stepId ?? "start"}`] ??= issue.message;
  if (Object.keys(fields).length > 0) throw new DomainError("BAD_INPUT", m.scriptNotPublishable, { fields });
}
