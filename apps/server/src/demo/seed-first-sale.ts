import { addDays } from "@quartet/core";
import { moscowAt, moscowDate, workdayOnOrBefore } from "./calendar.ts";
import type { DemoClient } from "./profiles.ts";
import type { Random } from "./random.ts";
import type { SeededProduct } from "./seed-catalog.ts";
import type { DemoCaller, DemoStage, Kinded } from "./stage.ts";
import { takeHandoff } from "./take-handoff.ts";
import type { DemoTeam } from "./team.ts";

/** Where a referral deal ends up: won (paid), lost, or open at a working stage (0 = the first). */
type Fate = { kind: "won" } | { kind: "lost"; reason: string } | { kind: "open"; stage: number };

const nextSteps = ["Созвон с закупщиком", "Отправить образцы", "Встреча на объекте", "Согласовать отсрочку"];

function fates(count: number, won: number): Fate[] {
  return Array.from({ length: count }, (_, i): Fate => {
    if (i < won) return { kind: "won" };
    if (i < won + 2) return { kind: "lost", reason: i === won ? "price" : "competitor" };
    return { kind: "open", stage: 1 + (i % 3) };
  });
}

/**
 * First sale as the closer works it: deals from referrals over the last two months, with catalog
 * lines, moved through the pipeline's stages on the days they moved, proposals written and sent
 * (some accepted), next steps; some lost with a reason; the won ones invoiced and paid, so first
 * sale wins them and hands the clients to farming. The farmer takes only the oldest hand-off: the
 * rest wait past their SLA (the demo's weak leg). Deals from qualified leads get a next step too.
 */
export async function seedFirstSale(
  stage: DemoStage,
  input: { team: DemoTeam; clients: DemoClient[]; products: SeededProduct[][]; random: Random; won: number },
) {
  const { random } = input;
  const today = moscowDate(stage.realNow());
  const closer = await stage.as(input.team.closer);
  const owner = await stage.as(input.team.owner);
  const ownerActor = await stage.actor(input.team.owner);
  const records = await stage.service(ownerActor);
  const [pipeline] = await closer.firstSale.pipelines.list();
  if (!pipeline) throw new Error("first sale has no pipeline");
  const open = pipeline.stages.filter((s: Kinded) => s.kind === "open");
  const lost = pipeline.stages.find((s: Kinded) => s.kind === "lost");
  const counts = { deals: 0, proposals: 0, won: 0, lost: 0 };
  const wins: { clientId: string; at: number }[] = [];
  for (const [i, fate] of fates(input.clients.length, input.won).entries()) {
    const client = input.clients[i] as DemoClient;
    const startedAgo =
      fate.kind === "won" ? 40 - i * 4 : fate.kind === "lost" ? random.int(30, 45) : random.int(6, 14);
    let day = workdayOnOrBefore(addDays(today, -startedAgo));
    stage.at(moscowAt(day, 10, random.int(0, 59)));
    const picks = random.shuffle(input.products.flat()).slice(0, random.int(2, 3));
    await records.org.write(ownerActor, (scope) =>
      records.records.clients.setOwner(scope, client.id, "first-sale", input.team.closer.id),
    );
    const deal = await closer.firstSale.deals.create({
      clientId: client.id,
      title: `Поставка для ${client.client.name}`,
      source: "Рекомендация клиента",
      expectedCloseOn: addDays(today, random.int(5, 35)),
      lines: picks.map((p) => ({
        productId: p.id,
        name: p.name,
        quantity: random.int(10, 60),
        price: { amountMinor: p.priceMinor },
      })),
      nextStep: { text: random.pick(nextSteps), dueOn: addDays(day, 3) },
    });
    counts.deals++;
    const target = fate.kind === "open" ? fate.stage : open.length - 1;
    for (let s = 1; s <= target; s++) {
      const next = workdayOnOrBefore(addDays(day, random.int(1, fate.kind === "open" ? 3 : 6)));
      day = next < today ? next : workdayOnOrBefore(addDays(today, -1));
      stage.at(moscowAt(day, 12, random.int(0, 59)));
      await closer.firstSale.deals.moveStage({ dealId: deal.id, stageId: open[s]?.id ?? "" });
      if (s === 1) {
        const proposal = await closer.firstSale.proposals.create({
          dealId: deal.id,
          terms: "Доставка за наш счёт от 100 000 ₽. Отсрочка платежа 14 дней.",
        });
        await closer.firstSale.proposals.setStatus({ proposalId: proposal.id, status: "sent" });
        if (fate.kind === "won")
          await closer.firstSale.proposals.setStatus({ proposalId: proposal.id, status: "accepted" });
        counts.proposals++;
      }
    }
    if (fate.kind === "open") {
      const due = addDays(today, random.int(-2, 6));
      if (random.chance(0.85))
        await closer.firstSale.deals.setNextStep({
          dealId: deal.id,
          text: random.pick(nextSteps),
          dueOn: due,
        });
      continue;
    }
    day = workdayOnOrBefore(addDays(day, 2));
    stage.at(moscowAt(day, 14, random.int(0, 59)));
    if (fate.kind === "lost") {
      await closer.firstSale.deals.moveStage({
        dealId: deal.id,
        stageId: lost?.id ?? "",
        reason: fate.reason,
      });
      counts.lost++;
      continue;
    }
    const invoice = await closer.firstSale.deals.issueInvoice({ dealId: deal.id });
    stage.at(moscowAt(day, 16, random.int(0, 59)));
    await owner.core.orders.payments.record({
      orderId: invoice.orderId,
      amount: invoice.total,
      method: "bank",
    });
    await stage.drain();
    wins.push({ clientId: client.id, at: stage.clock.now() });
    counts.won++;
  }
  const taken = await takeOldestHandoff(stage, input.team, wins);
  return { ...counts, handedToFarming: wins.length, takenByFarmer: taken };
}

/** The farmer takes the oldest won client a day after it was handed over; the others wait. */
async function takeOldestHandoff(stage: DemoStage, team: DemoTeam, wins: { clientId: string; at: number }[]) {
  const [oldest] = wins;
  if (!oldest) return 0;
  stage.at(oldest.at + 20 * 3_600_000);
  const farmer: DemoCaller = await stage.as(team.farmer);
  const { items, unassigned } = await farmer.core.handoffs.pending();
  const handoff = [...items, ...unassigned].find(
    (h) => h.clientId === oldest.clientId && h.toFunction === "farming",
  );
  if (!handoff) return 0;
  return (await takeHandoff(farmer, handoff.id)) ? 1 : 0;
}
