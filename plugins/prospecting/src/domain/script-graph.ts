import { z } from "zod";
import { m } from "../contracts/messages.ts";
import { dispositions } from "./dispositions.ts";

const stepId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, m.stepId);
const text = z.string().trim().min(1, m.writeText).max(4000);

/** Core client fields a `field` step may fill, besides `customFields.<key>`. */
export const coreFieldTargets = [
  "industry",
  "region",
  "city",
  "website",
  "address",
  "legalName",
  "inn",
] as const;

/** `customFields.<key>` or one of `coreFieldTargets`. */
export const fieldTarget = z
  .string()
  .refine(
    (v) =>
      /^customFields\.[A-Za-z0-9_-]{1,64}$/.test(v) || (coreFieldTargets as readonly string[]).includes(v),
    m.fieldTarget,
  );

/** An answer option of a question: it leads to another step or ends the call with a disposition. */
export const scriptOption = z.union([
  z.object({ value: stepId, label: text, next: stepId }),
  z.object({ value: stepId, label: text, outcome: z.enum(dispositions) }),
]);

/** One step of a call script. */
export const scriptStep = z.discriminatedUnion("kind", [
  z.object({ id: stepId, kind: z.literal("say"), text, next: stepId }),
  z.object({ id: stepId, kind: z.literal("question"), text, options: z.array(scriptOption).min(1).max(20) }),
  z.object({
    id: stepId,
    kind: z.literal("field"),
    text,
    field: fieldTarget,
    input: z.enum(["text", "number", "boolean"]).default("text"),
    required: z.boolean().default(false),
    next: stepId,
  }),
  z.object({
    id: stepId,
    kind: z.literal("outcome"),
    text: text.optional(),
    disposition: z.enum(dispositions),
  }),
]);

/** A call script: steps and the one to start with. Validate the graph with `validateScript`. */
export const scriptGraph = z.object({ start: stepId, steps: z.array(scriptStep).min(1).max(200) });

/** A script graph (parsed). */
export type ScriptGraph = z.output<typeof scriptGraph>;
/** A script graph as written (defaults not applied). */
export type ScriptGraphInput = z.input<typeof scriptGraph>;
/** One step. */
export type ScriptStep = ScriptGraph["steps"][number];
/** One option of a question. */
export type ScriptOption = z.output<typeof scriptOption>;
/** The value a caller gives at a step: an option value, a field value, or nothing for `say`. */
export type StepAnswer = string | number | boolean | null;

/** The steps each step can lead to (options' outcomes are not steps). */
export function edgesOf(step: ScriptStep): string[] {
  switch (step.kind) {
    case "say":
    case "field":
      return [step.next];
    case "question":
      return step.options.flatMap((o) => ("next" in o ? [o.next] : []));
    case "outcome":
      return [];
  }
}

/** True when the step ends the call itself or has an option that does. */
export function endsCall(step: ScriptStep): boolean {
  return step.kind === "outcome" || (step.kind === "question" && step.options.some((o) => "outcome" in o));
}
