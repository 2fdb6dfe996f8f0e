import { type Actor, addDays } from "@quartet/core";
import { moscowAt, moscowDate } from "./calendar.ts";
import { demoCompanies } from "./companies.ts";
import { assignProfiles, type DemoClient } from "./profiles.ts";
import type { Random } from "./random.ts";
import type { DemoCaller, DemoStage } from "./stage.ts";

/**
 * Creates `count` companies with their contacts through core's records (duplicate keys, INN and
 * phone checks, audit), entered over the two years before today — customers first, so their
 * history can follow — with the main contact's Telegram handle in a custom field.
 */
export async function seedClients(
  stage: DemoStage,
  input: { owner: DemoCaller; actor: Actor; random: Random; count: number; categoryCount: number },
): Promise<DemoClient[]> {
  await input.owner.core.clients.fields.define({
    key: "telegram",
    label: { ru: "Telegram", en: "Telegram" },
    type: "text",
  });
  const companies = demoCompanies(input.random, input.count);
  const ctx = await stage.service(input.actor);
  const today = moscowDate(stage.realNow());
  const created: DemoClient[] = [];
  const profiled = assignProfiles(
    input.random,
    companies.map((c) => ({ ...c, id: "" })),
    input.categoryCount,
  );
  for (const client of profiled) {
    const enteredDaysAgo =
      client.profile === "prospect" ? input.random.int(20, 400) : input.random.int(735, 760);
    stage.at(moscowAt(addDays(today, -enteredDaysAgo), 9, input.random.int(0, 59)));
    const { id } = await ctx.org.write(input.actor, (scope) =>
      ctx.records.clients.create(scope, {
        ...client.client,
        customFields: { telegram: client.telegram },
        source: client.profile === "prospect" ? "База 2ГИС" : "Перенос из 1С",
      }),
    );
    created.push({ ...client, id });
  }
  return created;
}
