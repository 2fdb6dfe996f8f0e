import { DomainError } from "@quartet/core";
import type { ScriptGraph } from "../../../domain/script-graph.ts";
import { validateScript } from "../../../domain/validate-script.ts";

/**
 * Refuses a graph that `validateScript` rejects, naming each step at fault. Field steps may fill
 * only `customFields.<key>` for now: core offers plugins no way to change a client's core fields.
 */
export function checkGraph(graph: ScriptGraph): void {
  const fields: Record<string, string> = {};
  const result = validateScript(graph);
  if (!result.ok)
    for (const issue of result.issues) fields[`graph.${issue.stepId ?? "start"}`] ??= issue.message;
  for (const step of graph.steps) {
    if (step.kind === "field" && !step.field.startsWith("customFields.")) {
      fields[`graph.${step.id}`] ??=
        `Core field "${step.field}" cannot be filled from a script yet; use customFields.<key>`;
    }
  }
  if (Object.keys(fields).length > 0)
    throw new DomainError("BAD_INPUT", "The script cannot be published", { fields });
}
