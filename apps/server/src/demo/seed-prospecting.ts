import { addDays } from "@quartet/core";
import { isWeekend, moscowAt, moscowDate } from "./calendar.ts";
import { demoPerson, latin } from "./names.ts";
import type { DemoClient } from "./profiles.ts";
import type { Random } from "./random.ts";
import { coldCallScript, scriptWalks } from "./script.ts";
import type { DemoCaller, DemoStage, Kinded } from "./stage.ts";
import { takeHandoff } from "./take-handoff.ts";
import type { DemoTeam } from "./team.ts";

const outcomes = [
  ["no-answer", 0.34],
  ["busy", 0.1],
  ["wrong-number", 0.03],
  ["not-interested", 0.24],
  ["callback", 0.1],
  ["interested", 0.15],
  ["do-not-call", 0.04],
] as const;

type Outcome = (typeof outcomes)[number][0];

function drawOutcome(random: Random): Outcome {
  let roll = random.next();
  for (const [outcome, share] of outcomes) {
    roll -= share;
    if (roll < 0) return outcome;
  }
  return "no-answer";
}

/** Requests that come in by themselves: a site form, Telegram, a call to the office. */
const inboundMessages = [
  "Нужна смета на отделку офиса 300 м², пришлите прайс",
  "Интересует оптовая поставка сухих смесей на объект в Подмосковье",
  "Можно ли получить отсрочку платежа при заказе от 500 тыс.?",
  "Ищем поставщика электрики для сети магазинов",
  "Сколько стоит доставка инструмента в Тулу?",
  "Хотим КП на спецодежду для бригады из 40 человек",
];

/**
 * Prospecting as it runs: the head of sales writes the cold-call script, builds the call list from
 * prospects and starts a campaign; over the last working days (today too, once it is past noon in
 * Moscow) two part-time callers work it
 * (`queue.next`, the script, `queue.dispose`); interested calls and inbound requests land in the
 * inbox, where the head qualifies them into leads (handed to first sale, whose deals follow from the
 * event) or dismisses them; the newest request still waits. Answers the counts.
 */
export async function seedProspecting(
  stage: DemoStage,
  input: {
    team: DemoTeam;
    prospects: DemoClient[];
    random: Random;
    callsPerCallerDay: number;
    inbound: number;
  },
) {
  const { random, team } = input;
  const today = moscowDate(stage.realNow());
  stage.at(moscowAt(addDays(today, -14), 9));
  const head = await stage.as(team.head);
  const script = await head.prospecting.scripts.create({
    name: "Холодный звонок: стройматериалы",
    graph: coldCallScript,
  });
  const list = await head.prospecting.lists.create({
    name: "Строительные компании без закупок",
    clientIds: input.prospects.map((p) => p.id),
  });
  const campaign = await head.prospecting.campaigns.create({
    name: "Зимний обзвон",
    listId: list.id,
    scriptId: script.id,
    window: { days: [1, 2, 3, 4, 5], start: "09:00", end: "19:00" },
    maxAttempts: 3,
  });
  const callers = await Promise.all(team.callers.map((c) => stage.as(c)));
  const closer = await stage.as(team.closer);
  let calls = 0;
  const requests: string[] = [];
  for (let back = 7; back >= 0; back--) {
    const day = addDays(today, -back);
    if (isWeekend(day) || (back === 0 && stage.realNow() < moscowAt(day, 13))) continue;
    for (const [c, caller] of callers.entries()) {
      for (let i = 0; i < input.callsPerCallerDay; i++) {
        stage.at(moscowAt(day, 10 + c, i * 12));
        const requestId = await callOnce(caller, campaign.id, random, moscowAt(addDays(day, 1), 11));
        if (requestId === undefined) break;
        calls++;
        if (requestId) requests.push(requestId);
      }
    }
    stage.at(Math.min(moscowAt(day, 17, 30), stage.realNow() - 15 * 60_000));
    for (const requestId of requests.splice(0)) await qualify(stage, { head, closer }, requestId);
  }
  const inbound = await seedInbound(stage, { head, closer }, input.random, input.inbound, today);
  return { calls, campaigns: 1, scripts: 1, callList: input.prospects.length, ...inbound };
}

/** One call: claim the next record, walk the script or just dispose; the request id of an interested call. */
async function callOnce(
  caller: DemoCaller,
  campaignId: string,
  random: Random,
  callbackAt: number,
): Promise<string | null | undefined> {
  const screen = await caller.prospecting.queue.next({ campaignId });
  if (!screen) return undefined;
  const outcome = drawOutcome(random);
  const memberId = screen.memberId;
  if (outcome === "interested" || outcome === "not-interested" || outcome === "callback") {
    for (const [stepId, value] of scriptWalks[outcome]) {
      await caller.prospecting.callScreen.answer({ memberId, stepId, value });
    }
    const done = await caller.prospecting.queue.dispose({
      memberId,
      note: outcome === "interested" ? "Просят КП на почту" : null,
      ...(outcome === "callback" ? { callbackAt } : {}),
    });
    return done.requestId ?? null;
  }
  await caller.prospecting.queue.dispose({ memberId, disposition: outcome });
  return null;
}

type Triage = { head: DemoCaller; closer: DemoCaller };

/**
 * The head of sales qualifies a request into a lead; the deal follows from its event, and the closer
 * takes the hand-off from his inbox.
 */
async function qualify(stage: DemoStage, by: Triage, requestId: string, createNew = false) {
  const { handoffId, clientId } = await by.head.prospecting.inbox.qualify({
    requestId,
    note: "Есть потребность и бюджет",
    createNew,
  });
  await stage.drain();
  if (!handoffId) return;
  await takeHandoff(by.closer, handoffId);
  const [pipeline] = await by.closer.firstSale.pipelines.list();
  const discovery = pipeline?.stages.filter((s: Kinded) => s.kind === "open")[1];
  const { items } = await by.closer.firstSale.deals.list({ clientId });
  for (const deal of items.filter((d: { status: string }) => d.status === "open")) {
    if (discovery) await by.closer.firstSale.deals.moveStage({ dealId: deal.id, stageId: discovery.id });
    await by.closer.firstSale.deals.setNextStep({
      dealId: deal.id,
      text: "Отправить КП и созвониться",
      dueOn: moscowDate(stage.clock.now(), 2),
    });
  }
}

async function seedInbound(stage: DemoStage, by: Triage, random: Random, count: number, today: string) {
  const head = by.head;
  let qualified = 0;
  let dismissed = 0;
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    const back = last ? 0 : count - i;
    const at = last ? stage.realNow() - 20 * 60_000 : moscowAt(addDays(today, -back), 11, random.int(0, 59));
    stage.at(at);
    const person = demoPerson(random);
    const company = `ООО "${random.pick(["Прораб", "ЖилСтрой", "Отделка Плюс", "Ремстрой", "Новострой", "Фасад"])}-${random.int(10, 99)}"`;
    const request = await head.prospecting.inbox.create({
      source: random.pick(["Сайт", "Telegram", "Звонок в офис"]),
      name: person.short,
      company,
      phone: `+79${String(random.int(0, 999_999_999)).padStart(9, "0")}`,
      email: `${latin(person.first)}.${latin(person.last)}@${latin(company) || "mail"}.ru`,
      message: random.pick(inboundMessages),
    });
    if (last) continue;
    stage.at(at + random.int(10, 90) * 60_000);
    if (i % 4 === 3) {
      await head.prospecting.inbox.dismiss({ requestId: request.id, reason: "Ищут работу, не клиент" });
      dismissed++;
    } else {
      await qualify(stage, by, request.id, true);
      qualified++;
    }
  }
  return { inbound: count, qualifiedInbound: qualified, dismissedInbound: dismissed };
}
