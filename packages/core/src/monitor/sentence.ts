import type { SalesFunction } from "../functions.ts";
import type { HealthReading } from "../plugin/health.ts";
import type { LegAction, MissingReason, Verdict } from "./types.ts";

/** One clause of the verdict's sentence, as codes and numbers; the app words it in the user's language. */
export type Clause =
  | {
      code: "reading";
      label: HealthReading["label"];
      value: number;
      target: number | null;
      unit: HealthReading["unit"];
    }
  | { code: "leads-not-taken" | "waiting-for-farmer" | "rejected-30d"; count: number }
  | { code: "over-capacity"; count: number; capacityPerDay: number }
  | { code: "missing-reason"; reason: MissingReason }
  | { code: "also-missing"; functions: SalesFunction[] }
  | { code: "steady" }
  | { code: "no-data"; functions: SalesFunction[] };

/** The verdict as one sentence: the leg it names (null when none wobbles), its clauses, and the action to offer. */
export type Sentence = { subject: SalesFunction | null; clauses: Clause[]; action: LegAction | null };

/**
 * The sentence that names the weakest leg with the numbers behind it, e.g.
 * «Развитие клиентов: клиенты с просроченным контактом — 38 % (цель ≤ 20 %); 12 выигранных клиентов
 * ждут фермера после срока передачи». Every number comes from the verdict's facts, which come from
 * the same lists the page shows.
 */
export function verdictSentence(verdict: Verdict): Sentence {
  switch (verdict.kind) {
    case "missing":
      return {
        subject: verdict.function,
        clauses: [
          ...verdict.reasons.map((reason): Clause => ({ code: "missing-reason", reason })),
          ...(verdict.alsoMissing.length > 0
            ? [{ code: "also-missing", functions: verdict.alsoMissing } as const]
            : []),
        ],
        action: verdict.action,
      };
    case "weakest":
      return {
        subject: verdict.function,
        clauses: verdict.facts.map((fact): Clause => {
          if (fact.code !== "reading") return fact;
          const r = fact.reading;
          return {
            code: "reading",
            label: r.label,
            value: r.value ?? 0,
            target: r.target ?? null,
            unit: r.unit,
          };
        }),
        action: null,
      };
    case "steady":
      return { subject: null, clauses: [{ code: "steady" }], action: null };
    case "no-data":
      return { subject: null, clauses: [{ code: "no-data", functions: verdict.legs }], action: null };
  }
}
