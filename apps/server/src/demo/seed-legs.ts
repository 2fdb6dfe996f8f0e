import type { Actor } from "@quartet/core";
import type { Host } from "../host/create-host.ts";
import type { DemoStage } from "./stage.ts";
import { takeHandoff } from "./take-handoff.ts";
import type { DemoTeam } from "./team.ts";

/** The four legs, enabled in the order a company takes them up. */
const legs = ["prospecting", "first-sale", "farming", "vip"] as const;

/**
 * Enables the four plugins through the lifecycle (migrations, `onEnable`: first sale's default
 * pipeline, farming's first recompute over the history, VIP's first assessment) as the owner.
 */
export async function enableLegs(host: Host, orgId: string, owner: Actor): Promise<number> {
  for (const id of legs) await host.lifecycle.enable(orgId, id, owner);
  await host.dispatcher.idle();
  return legs.length;
}

/**
 * The company's farming targets, saved as its own (so the monitor judges farming against them): the
 * defaults for contact, a little more room for late purchases and revenue at risk in a seasonal trade.
 * The farmer keeps her three biggest clients on a ten-day cadence of her own.
 */
export async function seedFarmingRules(stage: DemoStage, team: DemoTeam) {
  const head = await stage.as(team.head);
  const rules = await head.farming.rules.get();
  await head.farming.rules.save({
    ...rules,
    targets: {
      ...rules.targets,
      contactedWithinCadence: 80,
      overdueShare: 20,
      lateShare: 35,
      atRiskRevenueShare: 30,
      netRevenueRetention: 90,
    },
  });
  const farmer = await stage.as(team.farmer);
  const { items } = await farmer.farming.accounts.portfolio({ sort: "revenue", limit: 500 });
  for (const top of items.slice(0, 3)) {
    await farmer.farming.accounts.setCadence({ clientId: top.clientId, days: 10 });
  }
  return { portfolio: items.length, ownCadence: Math.min(3, items.length) };
}

/**
 * The VIP program: Gold from 3 million ₽ paid in 12 months, Platinum from 6 million, both with a
 * key-account manager, a discount, deferred payment and a response SLA. Saving it promotes the top
 * clients (VIP asks core to hand them to the key-account manager, who takes them).
 */
export async function seedVipProgram(stage: DemoStage, team: DemoTeam) {
  const head = await stage.as(team.head);
  const saved = await head.vip.program.save({
    tiers: [
      {
        key: "gold",
        name: { ru: "Золото", en: "Gold" },
        criteria: [{ kind: "revenue", windowMonths: 12, minMinor: 300_000_000 }],
        privileges: {
          discountPercent: 3,
          deferredPaymentDays: 14,
          dedicatedManager: true,
          queuePriority: 10,
          firstResponseHours: 8,
        },
      },
      {
        key: "platinum",
        name: { ru: "Платина", en: "Platinum" },
        criteria: [{ kind: "revenue", windowMonths: 12, minMinor: 600_000_000 }],
        privileges: {
          discountPercent: 5,
          deferredPaymentDays: 30,
          dedicatedManager: true,
          queuePriority: 20,
          firstResponseHours: 4,
        },
      },
    ],
  });
  await stage.drain();
  const manager = await stage.as(team.vipManager);
  const pending = await manager.core.handoffs.pending();
  for (const handoff of [...pending.items, ...pending.unassigned].filter((h) => h.toFunction === "vip")) {
    await takeHandoff(manager, handoff.id);
  }
  await stage.drain();
  const { items } = await head.vip.clients.list({});
  return {
    vipPromoted: saved.result.promoted,
    vipMembers: items.filter((c: { tier: unknown }) => c.tier !== null).length,
  };
}
