import { DomainError } from "@quartet/core";
import { m } from "../contracts/messages.ts";
import type { Disposition } from "./dispositions.ts";
import { type FieldWrite, nextStep } from "./next-step.ts";
import type { ScriptGraph, StepAnswer } from "./script-graph.ts";

/** One answer given during a call, in order. */
export type ScriptAnswer = { stepId: string; value: StepAnswer };

/** Where a sequence of answers led: the step to show now (null once ended), the outcome, field writes. */
export type ScriptWalk = {
  currentStepId: string | null;
  disposition: Disposition | null;
  writes: FieldWrite[];
};

/**
 * Replays answers from the start: each must answer the step the previous one led to. Throws
 * `BAD_INPUT` naming `answers.<i>` for an answer out of order, and whatever `nextStep` throws.
 *
 * @example walkScript(script, [{ stepId: "hello", value: null }, { stepId: "ask", value: "yes" }])
 */
export function walkScript(script: ScriptGraph, answers: readonly ScriptAnswer[]): ScriptWalk {
  let current: string | null = script.start;
  let disposition: Disposition | null = null;
  const writes: FieldWrite[] = [];
  answers.forEach((answer, i) => {
    if (current === null || answer.stepId !== current) {
      const params = { n: i + 1, step: answer.stepId };
      throw new DomainError("BAD_INPUT", current ? m.answerOrder : m.answerAfterEnd, {
        params: current ? { ...params, expected: current } : params,
        fields: { [`answers.${i}`]: m.outOfOrder },
      });
    }
    const result = nextStep(script, current, answer.value);
    if (result.write) writes.push(result.write);
    if (result.done) {
      disposition = result.disposition;
      current = null;
    } else current = result.step.id;
  });
  return { currentStepId: current, disposition, writes };
}
