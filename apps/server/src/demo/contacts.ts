import { type Actor, addDays, daysBetween } from "@quartet/core";
import { moscowAt, moscowDate, workdayOnOrBefore } from "./calendar.ts";
import type { DemoClient } from "./profiles.ts";
import type { Random } from "./random.ts";
import type { DemoStage } from "./stage.ts";

const notes = [
  "Созвонились: обсудили сезонный запас, ждут КП на смеси",
  "Уточнили остатки на складе клиента, договорились о следующей поставке",
  "Клиент доволен сроками, просил прайс на инструмент",
  "Обсудили отсрочку платежа и объёмы на квартал",
  "Напомнили об акции на крепёж, клиент подумает",
];

/**
 * The farmer's calls on a customer's timeline: a follow-up after some orders, and — for clients the
 * farmer still looks after (`cared`) — a recent one. The story of the demo: for three months the
 * farmer has kept up only with the clients she cares for, so the others are overdue for contact.
 */
export async function seedContacts(
  stage: DemoStage,
  input: { farmer: Actor; client: DemoClient; orderDates: readonly string[]; cared: boolean; random: Random },
): Promise<number> {
  const today = moscowDate(stage.realNow());
  const quietSince = addDays(today, -95);
  const calls = input.orderDates
    .filter(() => input.random.chance(0.5))
    .map((on) => workdayOnOrBefore(addDays(on, input.random.int(2, 8))))
    .filter((on) => on < (input.cared ? today : quietSince));
  if (input.cared) calls.push(workdayOnOrBefore(addDays(today, -input.random.int(1, 9))));
  const unique = [...new Set(calls)].filter((on) => daysBetween(on, today) > 0).sort();
  if (unique.length === 0) return 0;
  const ctx = await stage.service(input.farmer);
  await ctx.org.write(input.farmer, async (scope) => {
    for (const on of unique) {
      const occurredAt = moscowAt(on, 12, input.random.int(0, 59));
      stage.at(occurredAt);
      await ctx.records.timeline.add(scope, {
        clientId: input.client.id,
        type: "call",
        function: "farming",
        body: input.random.pick(notes),
        occurredAt,
      });
    }
  });
  return unique.length;
}
