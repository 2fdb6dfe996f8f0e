import { DomainError, type MessageParams, msg } from "@quartet/core";
import { m } from "../contracts/messages.ts";
import type { Disposition } from "./dispositions.ts";
import type { ScriptGraph, ScriptStep, StepAnswer } from "./script-graph.ts";

/** A value to write into a client field, collected at a `field` step. */
export type FieldWrite = { field: string; value: string | number | boolean | null };

/** Where an answer leads: the next step, or the end of the call with a disposition. */
export type StepResult =
  | { done: false; step: ScriptStep; write: FieldWrite | null }
  | { done: true; disposition: Disposition; step: ScriptStep | null; write: FieldWrite | null };

/**
 * Follows one answer from `currentStepId`: a `say` step moves on, a question takes one of its
 * option values, a field step takes a value of its input type (blank allowed unless required).
 * Reaching an `outcome` step, or an option with an outcome, ends the call. Throws `BAD_INPUT`
 * naming `answer` for a value the step does not take, `NOT_FOUND` for an unknown step and
 * `CONFLICT` past an outcome.
 *
 * @example nextStep(script, "ask-budget", "yes") // { done: false, step: { id: "budget", … }, write: null }
 */
export function nextStep(script: ScriptGraph, currentStepId: string, answer: StepAnswer): StepResult {
  const step = stepOf(script, currentStepId);
  switch (step.kind) {
    case "say":
      return land(script, step.next, null);
    case "question": {
      const option = step.options.find((o) => o.value === answer);
      if (!option) throw refused(m.chooseOneOf, { options: step.options.map((o) => o.value).join(", ") });
      if ("outcome" in option) return { done: true, disposition: option.outcome, step: null, write: null };
      return land(script, option.next, null);
    }
    case "field":
      return land(script, step.next, { field: step.field, value: fieldValue(step, answer) });
    case "outcome":
      throw new DomainError("CONFLICT", m.scriptEnded, { details: { stepId: step.id } });
  }
}

/** The step with `id`, or `NOT_FOUND`. */
export function stepOf(script: ScriptGraph, id: string): ScriptStep {
  const step = script.steps.find((s) => s.id === id);
  if (!step) throw new DomainError("NOT_FOUND", m.scriptNoStep, { params: { step: id } });
  return step;
}

function land(script: ScriptGraph, id: string, write: FieldWrite | null): StepResult {
  const step = stepOf(script, id);
  return step.kind === "outcome"
    ? { done: true, disposition: step.disposition, step, write }
    : { done: false, step, write };
}

function fieldValue(step: Extract<ScriptStep, { kind: "field" }>, answer: StepAnswer): FieldWrite["value"] {
  const blank = answer === null || (typeof answer === "string" && answer.trim() === "");
  if (blank) {
    if (step.required) throw refused(m.fieldRequired);
    return null;
  }
  switch (step.input) {
    case "text":
      if (typeof answer !== "string" || answer.length > 2000) throw refused(m.upTo2000);
      return answer.trim();
    case "number": {
      const n = typeof answer === "string" ? Number(answer.replace(",", ".").replace(/\s/g, "")) : answer;
      if (typeof n !== "number" || !Number.isFinite(n)) throw refused(m.enterNumber);
      return n;
    }
    case "boolean":
      if (typeof answer !== "boolean") throw refused(m.yesOrNo);
      return answer;
  }
}

function refused(key: string, params?: MessageParams): DomainError {
  return new DomainError("BAD_INPUT", key, { params, fields: { answer: msg(key, params) } });
}
