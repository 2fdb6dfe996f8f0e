import { type ClientSummary, DomainError } from "@quartet/core";
import type { FarmingContext } from "../../context.ts";

/** The client the actor sees (its successor when it was merged), or NOT_FOUND naming `clientId`. */
export async function requireClient(ctx: FarmingContext, clientId: string): Promise<ClientSummary> {
  let client = await ctx.records.clients.get(clientId);
  if (client?.mergedIntoId) client = await ctx.records.clients.get(client.mergedIntoId);
  if (!client)
    throw new DomainError("NOT_FOUND", "No such client", { fields: { clientId: "No such client" } });
  return client;
}

/** Throws `BAD_INPUT` naming `categoryId` unless the catalog has that category. */
export async function requireCategory(ctx: FarmingContext, categoryId: string): Promise<void> {
  const categories = await ctx.records.catalog.categories();
  if (!categories.some((c) => c.id === categoryId)) {
    throw new DomainError("BAD_INPUT", "No such catalog category", {
      fields: { categoryId: "Choose a category of the catalog" },
    });
  }
}

/** Throws `BAD_INPUT` naming `farmerId` unless the user is a member of the organisation. */
export async function requireFarmer(ctx: FarmingContext, userId: string): Promise<void> {
  const members = await ctx.records.people.members();
  if (!members.some((m) => m.userId === userId)) {
    throw new DomainError("BAD_INPUT", "The farmer must be a member of the organisation", {
      fields: { farmerId: "Not a member of the organisation" },
    });
  }
}
