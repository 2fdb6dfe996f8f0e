import type { ScriptGraphInput } from "../../domain/script-graph.ts";
import { type Disposition, dispositionKeys } from "../calls/hotkeys.ts";

/** Core fields a field step may fill (`coreFieldTargets` of the server). */
export const coreFields = ["industry", "region", "city", "website", "address", "legalName", "inn"] as const;

/** Where an answer leads: `step:<id>` or `outcome:<disposition>`. */
export type Target = `step:${string}` | `outcome:${Disposition}`;

/** An answer option as the editor holds it. */
export type OptionDraft = { value: string; label: string; target: Target };

/** A step as the editor holds it: every kind's parts, so switching the kind loses nothing. */
export type StepDraft = {
  id: string;
  kind: "say" | "question" | "field" | "outcome";
  text: string;
  next: string;
  options: OptionDraft[];
  /** A core field's name, or "custom" with `customKey`. */
  field: (typeof coreFields)[number] | "custom";
  customKey: string;
  input: "text" | "number" | "boolean";
  required: boolean;
  disposition: Disposition;
};

/** What the script editor edits. */
export type ScriptDraft = { name: string; start: string; steps: StepDraft[] };

/** A fresh step id: `s1`, `s2`, … not used yet. */
export function newStepId(steps: readonly { id: string }[]): string {
  for (let n = steps.length + 1; ; n++) if (!steps.some((s) => s.id === `s${n}`)) return `s${n}`;
}

/** A blank step of a kind, leading to `next`. */
export function blankStep(id: string, next: string): StepDraft {
  return {
    id,
    kind: "say",
    text: "",
    next,
    options: [],
    field: "custom",
    customKey: "",
    input: "text",
    required: false,
    disposition: "interested",
  };
}

/** A new script: a greeting, a question whose answers end the call as interested or not. */
export function starterScript(texts: {
  greeting: string;
  question: string;
  yes: string;
  no: string;
}): ScriptDraft {
  return {
    name: "",
    start: "s1",
    steps: [
      { ...blankStep("s1", "s2"), text: texts.greeting },
      {
        ...blankStep("s2", ""),
        kind: "question",
        text: texts.question,
        options: [
          { value: "o1", label: texts.yes, target: "outcome:interested" },
          { value: "o2", label: texts.no, target: "outcome:not-interested" },
        ],
      },
    ],
  };
}

type StoredStep = ScriptGraphInput["steps"][number];

function stepDraftOf(step: StoredStep): StepDraft {
  const base = blankStep(step.id, "");
  switch (step.kind) {
    case "say":
      return { ...base, text: step.text, next: step.next };
    case "question":
      return {
        ...base,
        kind: "question",
        text: step.text,
        options: step.options.map((o) => ({
          value: o.value,
          label: o.label,
          target: "next" in o ? (`step:${o.next}` as const) : (`outcome:${o.outcome}` as const),
        })),
      };
    case "field": {
      const custom = step.field.startsWith("customFields.");
      return {
        ...base,
        kind: "field",
        text: step.text,
        next: step.next,
        field: custom ? "custom" : (step.field as StepDraft["field"]),
        customKey: custom ? step.field.slice("customFields.".length) : "",
        input: step.input ?? "text",
        required: step.required ?? false,
      };
    }
    case "outcome":
      return { ...base, kind: "outcome", text: step.text ?? "", disposition: step.disposition };
  }
}

/** The draft of a stored graph. */
export function draftOfGraph(name: string, graph: ScriptGraphInput): ScriptDraft {
  return { name, start: graph.start, steps: graph.steps.map(stepDraftOf) };
}

function optionOf(o: OptionDraft) {
  const [kind, rest] = [o.target.slice(0, o.target.indexOf(":")), o.target.slice(o.target.indexOf(":") + 1)];
  return kind === "step"
    ? { value: o.value, label: o.label, next: rest }
    : { value: o.value, label: o.label, outcome: rest as Disposition };
}

function storedStepOf(s: StepDraft): StoredStep {
  switch (s.kind) {
    case "say":
      return { id: s.id, kind: "say", text: s.text, next: s.next };
    case "question":
      return { id: s.id, kind: "question", text: s.text, options: s.options.map(optionOf) };
    case "field":
      return {
        id: s.id,
        kind: "field",
        text: s.text,
        field: s.field === "custom" ? `customFields.${s.customKey.trim()}` : s.field,
        input: s.input,
        required: s.required,
        next: s.next,
      };
    case "outcome":
      return s.text.trim()
        ? { id: s.id, kind: "outcome", text: s.text, disposition: s.disposition }
        : { id: s.id, kind: "outcome", disposition: s.disposition };
  }
}

/** The graph `scripts.create` / `scripts.publish` take, from the draft; each step keeps only its kind's parts. */
export function graphOfDraft(draft: ScriptDraft): ScriptGraphInput {
  return { start: draft.start, steps: draft.steps.map(storedStepOf) };
}

/**
 * The server's refusal placed on the editor: messages per step id (from `graph.<stepId>` and
 * `graph.steps.<index>.…`), the name's message, and the rest for the whole script.
 */
export function scriptIssuesOf(
  fields: Record<string, string>,
  steps: readonly { id: string }[],
): { byStep: Record<string, string[]>; name?: string; general: string[] } {
  const byStep: Record<string, string[]> = {};
  const general: string[] = [];
  let name: string | undefined;
  const put = (id: string, message: string) => {
    byStep[id] = [...(byStep[id] ?? []), message];
  };
  for (const [path, message] of Object.entries(fields)) {
    const indexed = /^graph\.steps\.(\d+)(\.|$)/.exec(path);
    const stepId = indexed ? steps[Number(indexed[1])]?.id : path.replace(/^graph\./, "");
    if (path === "name") name = message;
    else if (stepId && steps.some((s) => s.id === stepId)) put(stepId, message);
    else general.push(message);
  }
  return { byStep, name, general };
}

/** Every disposition, for outcome selects. */
export const outcomes: readonly Disposition[] = dispositionKeys;
