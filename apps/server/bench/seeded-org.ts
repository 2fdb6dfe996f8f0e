import { localDate, silentLogger, systemActor } from "@quartet/core";
import type { Host } from "../src/host/create-host.ts";
import { benchOwner, log, seconds, timed } from "./measure.ts";
import { type SeedSize, seedHistory } from "./seed-history.ts";

/**
 * A fresh organisation seeded by `seedHistory` (timed, not measured), then `pluginId` enabled
 * (timed: its first full pass); returns the organisation's handle, its system service context and
 * its today in Moscow time. Prints both timings.
 */
export async function seededOrg(host: Host, pluginId: string, size: SeedSize) {
  const org = await host.createOrganisation({ name: "Бенчмарк" });
  const handle = await host.orgs.get(org.id);
  const now = host.clock.now();
  const seeded = await timed(() => seedHistory(handle, size, now));
  const orders = Math.ceil(size.lines / size.linesPerOrder);
  log(`seeded ${size.clients} clients, ${orders} orders, ${size.lines} lines in ${seconds(seeded.ms)}`);
  const enabled = await timed(() => host.lifecycle.enable(org.id, pluginId, benchOwner));
  log(`enabling ${pluginId} (its first full pass included): ${seconds(enabled.ms)}`);
  const ctx = host.serviceContext({
    org: await host.runtime(org.id),
    actor: systemActor,
    clock: host.clock,
    logger: silentLogger,
    settings: {},
  });
  return { orgId: org.id, handle, ctx, today: localDate(now, "Europe/Moscow") };
}
