import { type ClientSummary, DomainError } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import type { FarmingContext } from "../../context.ts";

/** The client the actor sees (its successor when it was merged), or NOT_FOUND naming `clientId`. */
export async function requireClient(ctx: FarmingContext, clientId: string): Promise<ClientSummary> {
  let client = await ctx.records.clients.get(clientId);
  if (client?.mergedIntoId) client = await ctx.records.clients.get(client.mergedIntoId);
  if (!client) throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } });
  return client;
}

/** Throws `BAD_INPUT` naming `categoryId` unless the catalog has that category. */
export async function requireCategory(ctx: FarmingContext, categoryId: string): Promise<void> {
  const categories = await ctx.records.catalog.categories();
  if (!categories.some((c) => c.id === categoryId)) {
    throw new DomainError("BAD_INPUT", m.noSuchCategory, {
      fields: { categoryId: m.chooseCatalogCategory },
    });
  }
}

/** Throws `BAD_INPUT` naming `farmerId` unless the user is a member of the organisation. */
export async function requireFarmer(ctx: FarmingContext, userId: string): Promise<void> {
  const members = await ctx.records.people.members();
  if (!members.some((m) => m.userId === userId)) {
    throw new DomainError("BAD_INPUT", m.farmerNotMember, {
      fields: { farmerId: m.notMember },
    });
  }
}
