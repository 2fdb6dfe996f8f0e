import type { ProspectingHost, TestUser } from "./prospecting-host.ts";
import { coldCallScript } from "./samples.ts";

/** Round the clock, every day: calling-hours rules stay out of tests that are about something else. */
export const roundTheClock = { days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" };

/** Creates `count` clients through core, each with its own mobile number. */
export async function createClients(h: ProspectingHost, count: number, region = "Свердловская область") {
  const core = (await h.core(h.owner)).core;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const phone = `+7912${String(1_000_000 + i).padStart(7, "0")}`;
    const created = await core.clients.create({ name: `ООО Клиент ${i + 1}`, phones: [phone], region });
    ids.push(created.id);
  }
  return ids;
}

/** The `budget` custom field the cold-call script fills. */
export async function defineBudgetField(h: ProspectingHost) {
  await (await h.core(h.owner)).core.clients.fields.define({
    key: "budget",
    label: { ru: "Бюджет" },
    type: "number",
  });
}

/** A list of `clientIds`, the cold-call script and an active campaign over them, made by `manager`. */
export async function campaignOver(h: ProspectingHost, manager: TestUser, clientIds: string[]) {
  const api = (await h.as(manager)).prospecting;
  const script = await api.scripts.create({ name: "Холодный звонок", graph: coldCallScript });
  const list = await api.lists.create({ name: "Екатеринбург, пищевые", clientIds });
  const campaign = await api.campaigns.create({
    name: "Весна",
    listId: list.id,
    scriptId: script.id,
    window: roundTheClock,
    maxAttempts: 3,
  });
  return { script, list, campaign };
}
