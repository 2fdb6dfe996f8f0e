import type { Actor } from "@quartet/core";
import type { Host } from "../host/create-host.ts";
import { demoTimeZone } from "./calendar.ts";
import { seedContacts } from "./contacts.ts";
import { seedHistory } from "./history.ts";
import type { DemoReporter } from "./progress.ts";
import { seededRandom } from "./random.ts";
import { seedCatalog } from "./seed-catalog.ts";
import { seedClients } from "./seed-clients.ts";
import { seedFirstSale } from "./seed-first-sale.ts";
import { enableLegs, seedFarmingRules, seedVipProgram } from "./seed-legs.ts";
import { seedProspecting } from "./seed-prospecting.ts";
import { type DemoSizeName, demoSizes } from "./sizes.ts";
import { type DemoUser, demoStage } from "./stage.ts";
import { type DemoTeam, seedTeam } from "./team.ts";

/** What a demo run needs: who owns the new organisation, its name, the seed, the size and the members' password. */
export type DemoOptions = {
  owner: DemoUser;
  name: string;
  seed: number;
  size: DemoSizeName;
  /** The password the demo's members sign in with. */
  password: string;
};

/** What a demo run made: the organisation, its team and the counts of each phase. */
export type DemoResult = { orgId: string; slug: string; team: DemoTeam; counts: Record<string, number> };

/**
 * Creates a NEW organisation (Russian, roubles, Moscow time) and fills it through the platform's own
 * write paths: the team and its staffing, the catalog, companies with contacts, two years of orders,
 * payments and the farmer's calls, the four legs enabled, a cold-calling campaign and its leads,
 * deals through the pipeline, the farming targets and the VIP program; then runs the plugins' jobs
 * and delivers every event, so the org is consistent. Never writes into an existing organisation.
 */
export async function runDemo(
  host: Host,
  options: DemoOptions,
  report: DemoReporter = () => {},
  /** Told the new organisation's id as soon as it exists. */
  created: (orgId: string) => void = () => {},
): Promise<DemoResult> {
  const size = demoSizes[options.size];
  const random = seededRandom(options.seed);
  const counts: Record<string, number> = {};
  const done = (phase: Parameters<DemoReporter>[0], made: Record<string, number>) => {
    Object.assign(counts, made);
    report(phase, made);
  };
  const ownerActor: Actor = { kind: "user", ...options.owner, role: "owner", permissions: new Set(["*"]) };
  const org = await host.people.createOrganisation(ownerActor, {
    name: options.name,
    growthStage: "specialists",
    locale: "ru",
    defaultCurrency: "RUB",
    timeZone: demoTimeZone,
  });
  created(org.id);
  done("organisation", { organisations: 1 });
  const stage = demoStage(host, org.id);
  const team = await seedTeam(host, stage, {
    owner: options.owner,
    orgId: org.id,
    password: options.password,
  });
  done("team", { members: 7 });

  const owner = await stage.as(team.owner);
  const actor = await stage.actor(team.owner);
  const products = await seedCatalog(owner);
  done("catalog", { categories: products.length, products: products.flat().length });

  const clients = await seedClients(stage, {
    owner,
    actor,
    random,
    count: size.companies,
    categoryCount: products.length,
  });
  done("clients", { clients: clients.length });

  const farmer = await stage.actor(team.farmer);
  const history = { orders: 0, payments: 0, contacts: 0 };
  const customers = clients.filter((c) => c.profile !== "prospect");
  for (const [i, client] of customers.entries()) {
    const farmed = i !== 0;
    const made = await seedHistory(stage, {
      actor,
      client,
      products,
      random,
      closerId: team.closer.id,
      farmerId: farmed ? team.farmer.id : null,
    });
    history.orders += made.orders;
    history.payments += made.payments;
    if (!farmed) continue;
    const cared = client.profile === "vip" || (client.profile === "regular" && random.chance(0.35));
    history.contacts += await seedContacts(stage, { farmer, client, orderDates: made.dates, cared, random });
  }
  done("history", history);

  stage.at(stage.realNow());
  done("plugins", { plugins: await enableLegs(host, org.id, ownerActor) });

  const prospects = clients.filter((c) => c.profile === "prospect");
  const referrals = prospects.slice(-size.referralDeals);
  done(
    "prospecting",
    await seedProspecting(stage, {
      team,
      prospects: prospects.slice(0, -size.referralDeals),
      random,
      callsPerCallerDay: size.callsPerCallerDay,
      inbound: size.inbound,
    }),
  );
  done(
    "first-sale",
    await seedFirstSale(stage, { team, clients: referrals, products, random, won: size.won }),
  );

  stage.at(stage.realNow());
  done("farming", await seedFarmingRules(stage, team));
  done("vip", await seedVipProgram(stage, team));

  await stage.drain();
  await host.scheduler.tickOrg(org.id);
  await host.dispatcher.dispatchOrg(org.id);
  await host.dispatcher.idle();
  done("finish", { jobs: 1 });
  return { orgId: org.id, slug: org.slug, team, counts };
}
