import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Host } from "../src/host/create-host.ts";
import { createApp } from "../src/http/app.ts";
import { appRouter } from "../src/router-type.ts";
import { benchOwner } from "./measure.ts";
import { seedHistory } from "./seed-history.ts";

/** One organisation of the fleet and the API key of its head of sales. */
export type FleetMember = { orgId: string; key: string };

/** What each organisation holds: a little data, as a small team's first weeks. */
const size = { clients: 20, lines: 40, linesPerOrder: 2, calls: false };
const listUrl = `/api/v1/core.clients.list?input=${encodeURIComponent(JSON.stringify({ limit: 20 }))}`;
const fleetFile = (dataDir: string) => join(dataDir, "bench-fleet.json");

/**
 * `count` organisations on `host`, each with `plugins` enabled, 20 customers with two orders each
 * (raw batches) and an API key of a head of sales, four made at a time (setup, not measured); kept
 * in the data directory for `readFleet`.
 */
export async function createFleet(
  host: Host,
  dataDir: string,
  count: number,
  plugins: readonly string[],
): Promise<FleetMember[]> {
  const member = async (i: number): Promise<FleetMember> => {
    const org = await host.createOrganisation({ name: `Организация ${i + 1}` });
    await seedHistory(await host.orgs.get(org.id), size, host.clock.now());
    for (const id of plugins) await host.lifecycle.enable(org.id, id, benchOwner);
    const { key } = await host.people.createApiKey(benchOwner, org.id, {
      name: "bench",
      role: "head-of-sales",
    });
    return { orgId: org.id, key };
  };
  const fleet: FleetMember[] = [];
  for (let i = 0; i < count; i += 4)
    fleet.push(
      ...(await Promise.all(Array.from({ length: Math.min(4, count - i) }, (_, j) => member(i + j)))),
    );
  writeFileSync(fleetFile(dataDir), JSON.stringify(fleet));
  return fleet;
}

/** The fleet `createFleet` made in `dataDir`. */
export const readFleet = (dataDir: string): FleetMember[] =>
  JSON.parse(readFileSync(fleetFile(dataDir), "utf8"));

/**
 * For each member, one read of its client list through the real app (`app.request` with its key:
 * authentication, the REST bridge, its database from the host's cache); fails on anything but its
 * 20 clients.
 */
export function touchers(host: Host, fleet: readonly FleetMember[]): (() => Promise<void>)[] {
  const app = createApp(host, { router: appRouter });
  return fleet.map(({ orgId, key }) => async () => {
    const response = await app.request(listUrl, { headers: { authorization: `Bearer ${key}` } });
    const body = (await response.json()) as { data?: { items?: unknown[] } };
    if (response.status !== 200 || body.data?.items?.length !== size.clients)
      throw new Error(`${orgId}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  });
}
