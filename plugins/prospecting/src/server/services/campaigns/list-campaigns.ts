import { asc, eq } from "drizzle-orm";
import { campaigns } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";

/** Every campaign with its rules, by name. */
export async function listCampaigns({ ctx }: { ctx: ProspectingContext }) {
  return ctx.org.db.select().from(campaigns).orderBy(asc(campaigns.name));
}

/** Active campaigns as a caller picks one on the call screen: id and name only. */
export async function availableCampaigns({ ctx }: { ctx: ProspectingContext }) {
  return ctx.org.db
    .select({ id: campaigns.id, name: campaigns.name })
    .from(campaigns)
    .where(eq(campaigns.status, "active"))
    .orderBy(asc(campaigns.name));
}
