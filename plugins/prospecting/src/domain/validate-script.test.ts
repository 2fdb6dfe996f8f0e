import { describe, expect, it } from "vitest";
import { type ScriptGraphInput, scriptGraph } from "./script-graph.ts";
import { validateScript } from "./validate-script.ts";

const g = (input: ScriptGraphInput) => scriptGraph.parse(input);
const say = (id: string, next: string) => ({ id, kind: "say" as const, text: id, next });
const end = (id: string, disposition: "interested" | "not-interested" = "interested") => ({
  id,
  kind: "outcome" as const,
  disposition,
});

describe("validateScript", () => {
  it.each([
    ["a straight line", g({ start: "a", steps: [say("a", "b"), end("b")] })],
    [
      "a cycle with a way out",
      g({
        start: "offer",
        steps: [
          {
            id: "offer",
            kind: "question",
            text: "Интересно?",
            options: [
              { value: "again", label: "Повторить", next: "repeat" },
              { value: "yes", label: "Да", outcome: "interested" },
            ],
          },
          say("repeat", "offer"),
        ],
      }),
    ],
  ])("accepts %s", (_name, graph) => {
    expect(validateScript(graph)).toEqual({ ok: true });
  });

  it.each([
    [
      "a duplicate step",
      g({ start: "a", steps: [say("a", "b"), end("b"), end("b")] }),
      "duplicate-step",
      "b",
    ],
    ["a missing start", g({ start: "zz", steps: [say("a", "b"), end("b")] }), "missing-start", null],
    ["a dangling edge", g({ start: "a", steps: [say("a", "nowhere"), end("b")] }), "dangling-edge", "a"],
    ["no outcome", g({ start: "a", steps: [say("a", "b"), say("b", "a")] }), "no-outcome", null],
    [
      "an unreachable step",
      g({ start: "a", steps: [say("a", "b"), end("b"), end("c")] }),
      "unreachable",
      "c",
    ],
    [
      "a cycle without a way out",
      g({ start: "a", steps: [say("a", "b"), say("b", "c"), say("c", "b"), say("x", "end"), end("end")] }),
      "no-way-out",
      "b",
    ],
    [
      "repeated option values",
      g({
        start: "q",
        steps: [
          {
            id: "q",
            kind: "question",
            text: "?",
            options: [
              { value: "y", label: "Да", outcome: "interested" },
              { value: "y", label: "Нет", outcome: "not-interested" },
            ],
          },
        ],
      }),
      "duplicate-option",
      "q",
    ],
  ])("refuses %s", (_name, graph, code, stepId) => {
    const result = validateScript(graph);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ code, stepId }));
  });

  it("refuses a field step aimed at an unknown client field", () => {
    const parsed = scriptGraph.safeParse({
      start: "f",
      steps: [{ id: "f", kind: "field", text: "?", field: "password", next: "e" }, end("e")],
    });
    expect(parsed.success).toBe(false);
  });
});
