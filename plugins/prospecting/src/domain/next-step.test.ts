import { describe, expect, it } from "vitest";
import { nextStep } from "./next-step.ts";
import { scriptGraph } from "./script-graph.ts";
import { walkScript } from "./walk-script.ts";

const script = scriptGraph.parse({
  start: "hello",
  steps: [
    { id: "hello", kind: "say", text: "Здравствуйте!", next: "need" },
    {
      id: "need",
      kind: "question",
      text: "Закупаете упаковку?",
      options: [
        { value: "yes", label: "Да", next: "budget" },
        { value: "no", label: "Нет", outcome: "not-interested" },
        { value: "later", label: "Перезвоните", next: "later" },
      ],
    },
    {
      id: "budget",
      kind: "field",
      text: "Бюджет?",
      field: "customFields.budget",
      input: "number",
      next: "size",
    },
    { id: "size", kind: "field", text: "Отрасль?", field: "industry", required: true, next: "won" },
    { id: "won", kind: "outcome", text: "Отправим КП", disposition: "interested" },
    { id: "later", kind: "outcome", disposition: "callback" },
  ],
});

describe("nextStep", () => {
  it.each([
    [
      "say moves on",
      "hello",
      null,
      { done: false, step: expect.objectContaining({ id: "need" }), write: null },
    ],
    [
      "an option leads to a step",
      "need",
      "yes",
      { done: false, step: expect.objectContaining({ id: "budget" }) },
    ],
    ["an option ends the call", "need", "no", { done: true, disposition: "not-interested", step: null }],
    ["an option leads to an outcome step", "need", "later", { done: true, disposition: "callback" }],
    [
      "a number field parses Russian decimals",
      "budget",
      "150 000,5",
      { done: false, write: { field: "customFields.budget", value: 150000.5 } },
    ],
    [
      "an optional field may stay blank",
      "budget",
      "",
      { write: { field: "customFields.budget", value: null } },
    ],
    [
      "a field then the outcome",
      "size",
      "Пищевая",
      { done: true, disposition: "interested", write: { field: "industry", value: "Пищевая" } },
    ],
  ])("%s", (_name, stepId, answer, expected) => {
    expect(nextStep(script, stepId, answer)).toMatchObject(expected);
  });

  it.each([
    ["an unknown option", "need", "maybe", "BAD_INPUT"],
    ["text in a number field", "budget", "много", "BAD_INPUT"],
    ["a blank required field", "size", " ", "BAD_INPUT"],
    ["an unknown step", "nope", null, "NOT_FOUND"],
    ["an answer past the outcome", "won", null, "CONFLICT"],
  ])("refuses %s", (_name, stepId, answer, code) => {
    expect(() => nextStep(script, stepId, answer)).toThrow(expect.objectContaining({ code }));
  });
});

describe("walkScript", () => {
  it("replays a branching walk to its outcome, collecting field writes", () => {
    const walk = walkScript(script, [
      { stepId: "hello", value: null },
      { stepId: "need", value: "yes" },
      { stepId: "budget", value: 200000 },
      { stepId: "size", value: "Ритейл" },
    ]);
    expect(walk).toEqual({
      currentStepId: null,
      disposition: "interested",
      writes: [
        { field: "customFields.budget", value: 200000 },
        { field: "industry", value: "Ритейл" },
      ],
    });
  });

  it("stops midway when the caller hung up", () => {
    expect(walkScript(script, [{ stepId: "hello", value: null }])).toEqual({
      currentStepId: "need",
      disposition: null,
      writes: [],
    });
  });

  it("refuses answers out of order", () => {
    expect(() => walkScript(script, [{ stepId: "need", value: "yes" }])).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { "answers.0": "Out of order" } }),
    );
  });
});
