import type { ClientSummary } from "@quartet/core";

/** A member as VIP picks people for tasks. */
export type Member = { userId: string; role: string };

/** The client's key-account manager, if a member: its VIP owner, else its farmer. */
export function managerOf(client: ClientSummary, members: readonly Member[]): string | null {
  const ids = new Set(members.map((m) => m.userId));
  for (const id of [client.owners.vip, client.owners.farming]) if (id && ids.has(id)) return id;
  return null;
}

/** The heads of sales who hear of escalations; the owners when the company has none. */
export function headsOfSales(members: readonly Member[]): string[] {
  const heads = members.filter((m) => m.role === "head-of-sales").map((m) => m.userId);
  return heads.length > 0 ? heads : members.filter((m) => m.role === "owner").map((m) => m.userId);
}
