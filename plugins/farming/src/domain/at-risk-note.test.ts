import { describe, expect, it } from "vitest";
import type { HealthFactor } from "../contracts/events.ts";
import { atRiskNote } from "./at-risk-note.ts";

const weights = { recency: 3, frequency: 2, trend: 2, contact: 2, issues: 1 } as const;

/** A factor scored `score` under the default weights, with its numbers (points set by `scored`). */
const factor = (key: HealthFactor["key"], score: number, params: HealthFactor["params"]): HealthFactor => ({
  key,
  score,
  weight: weights[key],
  points: 0,
  params,
});

/** The factors with the points each adds among them: score × weight ÷ Σ weights × 100. */
const scored = (factors: readonly HealthFactor[]) => {
  const total = factors.reduce((s, f) => s + f.weight, 0);
  return factors.map((f) => ({ ...f, points: total > 0 ? (f.score * f.weight * 100) / total : 0 }));
};

const healthy = {
  recency: factor("recency", 1, { days: 10, interval: 30 }),
  frequency: factor("frequency", 1, { orders12m: 12, ordersPrev12m: 12 }),
  trend: factor("trend", 0.5, { revenue6mMinor: 600_000, revenuePrev6mMinor: 600_000 }),
  contact: factor("contact", 1, { days: 5, cadence: 14 }),
  issues: factor("issues", 1, { overdueTasks: 0 }),
};

const atRisk = [
  factor("recency", 0, { days: 90, interval: 30 }),
  healthy.frequency,
  factor("trend", 0.25, { revenue6mMinor: 1_000_000, revenuePrev6mMinor: 3_000_000 }),
  factor("contact", 0, { days: null, cadence: 14 }),
  factor("issues", 0.5, { overdueTasks: 1 }),
];

describe("atRiskNote", () => {
  it.each([
    [
      "ru",
      atRisk,
      3,
      "Что снижает здоровье:\n" +
        "— давность заказа (−30 баллов): с последнего заказа 90 дней, обычно раз в 30 дней\n" +
        "— контакт (−20 баллов): контактов не было, связь раз в 14 дней\n" +
        "— динамика выручки (−15 баллов): 10\u00a0000\u00a0₽ за 6 месяцев против 30\u00a0000\u00a0₽ за предыдущие 6",
    ],
    [
      "en",
      atRisk,
      3,
      "What pulls health down:\n" +
        "— order recency (−30 points): 90 days since the last order, usually every 30 days\n" +
        "— contact (−20 points): never contacted, due every 14 days\n" +
        "— revenue trend (−15 points): RUB\u00a010,000 in 6 months against RUB\u00a030,000 in the 6 before",
    ],
    [
      "ru",
      [
        factor("recency", 0.5, { days: 200, interval: null }),
        factor("frequency", 0, { orders12m: 1, ordersPrev12m: 5 }),
        factor("issues", 0, { overdueTasks: 2 }),
      ],
      3,
      "Что снижает здоровье:\n" +
        "— частота заказов (−33 балла): 1 заказ за 12 месяцев, годом ранее 5 заказов\n" +
        "— давность заказа (−25 баллов): с последнего заказа 200 дней\n" +
        "— просроченные задачи (−17 баллов): 2 задачи просрочены",
    ],
    [
      "en",
      [
        factor("recency", 0, { days: null, interval: null }),
        factor("contact", 0.5, { days: 21, cadence: 14 }),
      ],
      1,
      "What pulls health down:\n— order recency (−60 points): no orders",
    ],
    [
      "ru",
      [factor("contact", 0.5, { days: 21, cadence: 14 })],
      3,
      "Что снижает здоровье:\n— контакт (−50 баллов): последний контакт 21 день назад, связь раз в 14 дней",
    ],
    [
      "en",
      [factor("issues", 0.5, { overdueTasks: 1 })],
      3,
      "What pulls health down:\n— overdue tasks (−50 points): 1 overdue task",
    ],
  ] as const)("%s: %#", (locale, factors, max, expected) => {
    expect(atRiskNote(locale, scored(factors), "RUB", max)).toBe(expected);
  });

  it("breaks equal losses in the order of the factors", () => {
    const both = [factor("trend", 0, healthy.trend.params), factor("frequency", 0, healthy.frequency.params)];
    const note = atRiskNote("en", scored(both));
    expect(note.split("\n").map((line) => line.split(" (")[0])).toEqual([
      "What pulls health down:",
      "— order frequency",
      "— revenue trend",
    ]);
  });

  it("says nothing when no factor lost points, or the rules weigh nothing", () => {
    const fine = [healthy.recency, healthy.frequency, healthy.contact, healthy.issues];
    expect(atRiskNote("ru", scored(fine))).toBe("");
    expect(atRiskNote("ru", [{ ...healthy.recency, weight: 0, score: 0, points: 0 }])).toBe("");
  });
});
