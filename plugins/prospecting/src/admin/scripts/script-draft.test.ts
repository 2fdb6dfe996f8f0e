import { describe, expect, it } from "vitest";
import { coldCallScript } from "../../../test/support/samples.ts";
import { scriptGraph } from "../../domain/script-graph.ts";
import { validateScript } from "../../domain/validate-script.ts";
import { draftOfGraph, graphOfDraft, newStepId, scriptIssuesOf, starterScript } from "./script-draft.ts";

const graph = scriptGraph.parse(coldCallScript);

describe("a script graph through the editor and back", () => {
  it("comes back as it was stored", () => {
    expect(graphOfDraft(draftOfGraph("Холодный", graph))).toEqual(graph);
  });
  it("fills a core field by its name and a custom one by its key", () => {
    const draft = draftOfGraph("x", graph);
    const budget = draft.steps[2];
    if (!budget) throw new Error("the sample script has a field step third");
    const stored = graphOfDraft({ ...draft, steps: [{ ...budget, field: "city", customKey: "" }] }).steps[0];
    expect(stored).toMatchObject({ kind: "field", field: "city" });
    expect(draft.steps[2]).toMatchObject({ kind: "field", field: "custom", customKey: "budget" });
  });
  it("keeps only the parts of a step's kind after the kind changes", () => {
    const draft = draftOfGraph("x", graph);
    const changed = {
      ...draft,
      steps: draft.steps.map((s) => (s.id === "need" ? { ...s, kind: "say" as const, next: "won" } : s)),
    };
    expect(graphOfDraft(changed).steps[1]).toEqual({
      id: "need",
      kind: "say",
      text: "Вы закупаете упаковку?",
      next: "won",
    });
  });
  it("starts a new script that the server would accept", () => {
    const draft = starterScript({ greeting: "Здравствуйте", question: "Интересно?", yes: "Да", no: "Нет" });
    expect(validateScript(scriptGraph.parse(graphOfDraft(draft)))).toEqual({ ok: true });
    expect(graphOfDraft(draft).steps[1]).toMatchObject({ options: [{ outcome: "interested" }, {}] });
  });
});

describe("newStepId", () => {
  it.each([
    [[], "s1"],
    [[{ id: "s1" }, { id: "s2" }], "s3"],
    [[{ id: "s3" }, { id: "x" }], "s4"],
    [[{ id: "a" }, { id: "s3" }], "s4"],
  ] as const)("%o", (steps, id) => {
    expect(newStepId(steps)).toBe(id);
  });
});

describe("scriptIssuesOf", () => {
  it("places graph checks and schema messages on their steps", () => {
    const steps = [{ id: "hello" }, { id: "ask" }];
    expect(
      scriptIssuesOf(
        {
          name: "Name the script",
          "graph.ask": 'Step "ask" cannot be reached from the start',
          "graph.steps.0.text": "Write the text",
          "graph.start": "The script has no outcome",
          "graph.steps.9.text": "Write the text",
        },
        steps,
      ),
    ).toEqual({
      name: "Name the script",
      byStep: { ask: ['Step "ask" cannot be reached from the start'], hello: ["Write the text"] },
      general: ["The script has no outcome", "Write the text"],
    });
  });
});
