import { describe, expect, it } from "vitest";
import { judgeReading } from "./judge-reading.ts";
import { verdictSentence } from "./sentence.ts";
import { reading } from "./test-legs.ts";
import type { Verdict } from "./types.ts";

const contacted = judgeReading(
  reading({
    key: "c",
    value: 38,
    target: 20,
    status: "bad",
    label: { en: "Overdue", ru: "Просрочен контакт" },
  }),
);

describe("verdictSentence", () => {
  it.each<[string, Verdict, unknown]>([
    [
      "missing: the reasons, the other missing legs and the action",
      {
        kind: "missing",
        function: "farming",
        reasons: ["plugin-disabled", "no-person"],
        action: "enable-plugin",
        alsoMissing: ["vip"],
      },
      {
        subject: "farming",
        clauses: [
          { code: "missing-reason", reason: "plugin-disabled" },
          { code: "missing-reason", reason: "no-person" },
          { code: "also-missing", functions: ["vip"] },
        ],
        action: "enable-plugin",
      },
    ],
    [
      "weakest: the numbers from the facts",
      {
        kind: "weakest",
        function: "farming",
        state: "bad",
        facts: [
          { code: "reading", reading: contacted },
          { code: "waiting-for-farmer", count: 12 },
        ],
      },
      {
        subject: "farming",
        clauses: [
          {
            code: "reading",
            label: { en: "Overdue", ru: "Просрочен контакт" },
            value: 38,
            target: 20,
            unit: "percent",
          },
          { code: "waiting-for-farmer", count: 12 },
        ],
        action: null,
      },
    ],
    ["steady", { kind: "steady" }, { subject: null, clauses: [{ code: "steady" }], action: null }],
    [
      "no data",
      { kind: "no-data", legs: ["vip"] },
      { subject: null, clauses: [{ code: "no-data", functions: ["vip"] }], action: null },
    ],
  ])("%s", (_name, verdict, expected) => {
    expect(verdictSentence(verdict)).toEqual(expected);
  });
});
