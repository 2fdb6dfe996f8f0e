import type { DemoCompany } from "./companies.ts";
import type { Random } from "./random.ts";

/**
 * What a client is in the demo story: `vip` buys big every month (a VIP tier's revenue), `regular`
 * buys every few weeks, `lapsing` bought for a year and stopped, `prospect` has never bought (the
 * call list and the deals come from them).
 */
export type DemoProfile = "vip" | "regular" | "lapsing" | "prospect";

/** A company with its part in the story and the categories it buys (indexes into the catalog). */
export type DemoClient = DemoCompany & { id: string; profile: DemoProfile; categories: number[] };

/** How many clients of each profile a demo of `companies` companies has. */
export function profileCounts(companies: number): Record<DemoProfile, number> {
  const vip = Math.max(2, Math.round(companies * 0.06));
  const regular = Math.max(6, Math.round(companies * 0.3));
  const lapsing = Math.max(2, Math.round(companies * 0.1));
  return { vip, regular, lapsing, prospect: companies - vip - regular - lapsing };
}

/** Deals each company to a profile (in a shuffled order) and picks the two to four categories it buys. */
export function assignProfiles(
  random: Random,
  companies: readonly (DemoCompany & { id: string })[],
  categoryCount: number,
): DemoClient[] {
  const counts = profileCounts(companies.length);
  const profiles = (Object.keys(counts) as DemoProfile[]).flatMap((p) =>
    Array<DemoProfile>(counts[p]).fill(p),
  );
  const order = random.shuffle(profiles);
  return companies.map((company, i) => {
    const all = random.shuffle(Array.from({ length: categoryCount }, (_, c) => c));
    return { ...company, profile: order[i] ?? "prospect", categories: all.slice(0, random.int(2, 4)) };
  });
}
