import { type MessageRef, msg } from "@quartet/core";
import { m } from "../contracts/messages.ts";
import { edgesOf, endsCall, type ScriptGraph } from "./script-graph.ts";

/** Why a script graph cannot be published, tied to a step when there is one. */
export type ScriptIssue = {
  code:
    | "duplicate-step"
    | "missing-start"
    | "dangling-edge"
    | "unreachable"
    | "no-outcome"
    | "no-way-out"
    | "duplicate-option";
  stepId: string | null;
  /** What is wrong, as a catalog key with the step (and the missing target) as parameters. */
  message: MessageRef;
};

/**
 * Checks a script graph: unique step ids and option values, a start that exists, no edge to a
 * missing step, every step reachable from the start, at least one outcome, and from every step
 * some outcome still reachable — so a cycle ("repeat the offer") is fine only if it has a way out.
 *
 * @example validateScript(graph) // { ok: false, issues: [{ code: "dangling-edge", stepId: "ask", … }] }
 */
export function validateScript(graph: ScriptGraph): { ok: true } | { ok: false; issues: ScriptIssue[] } {
  const issues: ScriptIssue[] = [];
  const byId = new Map<string, ScriptGraph["steps"][number]>();
  for (const step of graph.steps) {
    if (byId.has(step.id)) issues.push(issue("duplicate-step", step.id, m.duplicateStep));
    byId.set(step.id, step);
    if (step.kind === "question") {
      const values = step.options.map((o) => o.value);
      if (new Set(values).size !== values.length)
        issues.push(issue("duplicate-option", step.id, m.duplicateOption));
    }
    for (const target of edgesOf(step)) {
      if (!graph.steps.some((s) => s.id === target))
        issues.push(issue("dangling-edge", step.id, m.danglingEdge, { target }));
    }
  }
  if (!byId.has(graph.start))
    issues.push(issue("missing-start", null, m.missingStart, { step: graph.start }));
  if (!graph.steps.some(endsCall)) issues.push(issue("no-outcome", null, m.noOutcome));
  if (issues.length > 0) return { ok: false, issues };

  const reachable = forward(graph.start, byId);
  for (const step of graph.steps) {
    if (!reachable.has(step.id)) issues.push(issue("unreachable", step.id, m.unreachable));
  }
  const canFinish = reachesAnOutcome(graph);
  for (const step of graph.steps) {
    if (reachable.has(step.id) && !canFinish.has(step.id))
      issues.push(issue("no-way-out", step.id, m.noWayOut));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true };
}

// An issue worded by `key`, its step named as the `step` parameter.
function issue(
  code: ScriptIssue["code"],
  stepId: string | null,
  key: string,
  params: Record<string, string> = {},
): ScriptIssue {
  return { code, stepId, message: msg(key, stepId === null ? params : { step: stepId, ...params }) };
}

function forward(start: string, byId: Map<string, ScriptGraph["steps"][number]>): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = byId.get(id);
    for (const next of step ? edgesOf(step) : []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

// Steps from which an outcome is reachable: start from the steps that end a call, walk edges backwards.
function reachesAnOutcome(graph: ScriptGraph): Set<string> {
  const incoming = new Map<string, string[]>();
  for (const step of graph.steps) {
    for (const next of edgesOf(step)) incoming.set(next, [...(incoming.get(next) ?? []), step.id]);
  }
  const done = new Set(graph.steps.filter(endsCall).map((s) => s.id));
  const queue = [...done];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const from of incoming.get(id) ?? []) {
      if (!done.has(from)) {
        done.add(from);
        queue.push(from);
      }
    }
  }
  return done;
}
