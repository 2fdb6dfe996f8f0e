import type { ClientSummary } from "@quartet/core";
import { inArray } from "drizzle-orm";
import { accounts } from "../../../db/schema.ts";
import { contactDue } from "../../../domain/cadence.ts";
import type { FarmingContext } from "../../context.ts";
import { servedClients } from "../recompute/served-clients.ts";

/** The account columns lists and statistics read (no JSON columns). */
const listColumns = {
  clientId: accounts.clientId,
  abc: accounts.abc,
  xyz: accounts.xyz,
  currency: accounts.currency,
  revenue12mMinor: accounts.revenue12mMinor,
  revenuePrev12mMinor: accounts.revenuePrev12mMinor,
  orders12m: accounts.orders12m,
  firstOrderOn: accounts.firstOrderOn,
  lastOrderOn: accounts.lastOrderOn,
  intervalDays: accounts.intervalDays,
  expectedOn: accounts.expectedOn,
  lateDays: accounts.lateDays,
  lastContactAt: accounts.lastContactAt,
  cadenceDays: accounts.cadenceDays,
  contactDueOn: accounts.contactDueOn,
  healthScore: accounts.healthScore,
  healthStatus: accounts.healthStatus,
  maturity: accounts.maturity,
  potentialMinor: accounts.potentialMinor,
  atRiskSince: accounts.atRiskSince,
};

/** An account as lists read it. */
export type ListAccount = Pick<typeof accounts.$inferSelect, keyof typeof listColumns>;

/** A served client the caller sees, with its account and its farmer (null: nobody yet). */
export type PortfolioRow = { client: ClientSummary; account: ListAccount; farmerId: string | null };

/** Which farmer's clients: one member's, those without a farmer (`"unassigned"`), or every one. */
export type FarmerFilter = string | "unassigned" | undefined;

/** Ids per read of accounts: well under SQLite's bound-variable limit. */
const chunk = 500;

/** The list columns of the accounts of some clients, a few hundred ids a read. */
async function accountsOf(ctx: FarmingContext, ids: readonly string[]): Promise<ListAccount[]> {
  const out: ListAccount[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    const slice = ids.slice(i, i + chunk);
    out.push(
      ...(await ctx.org.db.select(listColumns).from(accounts).where(inArray(accounts.clientId, slice))),
    );
  }
  return out;
}

/** The clients a filter covers, with their stored accounts: one farmer's are read by id, others whole. */
async function clientsAndAccounts(ctx: FarmingContext, farmer: FarmerFilter) {
  if (farmer && farmer !== "unassigned") {
    const owned = await ctx.records.clients.summaries({ ownedFor: "farming" });
    const clients = owned.filter((c) => c.owners.farming === farmer);
    const ids = clients.map((c) => c.id);
    const contacts = ids.length === 0 ? {} : await ctx.records.timeline.lastContacts({ clientIds: ids });
    return { clients, stored: await accountsOf(ctx, ids), contacts };
  }
  const stored: ListAccount[] = await ctx.org.db.select(listColumns).from(accounts);
  const clients = await servedClients(ctx, "all");
  return { clients, stored, contacts: await ctx.records.timeline.lastContacts({}) };
}

/**
 * The accounts of the clients the caller sees, with each client's summary: a member whose record
 * scope is `own` gets only the clients they farm, whatever `farmerId` says; others get every
 * visible client, or one farmer's, or the unassigned. Contacts logged since the last recompute
 * count at once (last contact and due date). One farmer's portfolio reads only that farmer's
 * accounts and contacts; the others one read each of accounts, clients and contacts.
 */
export async function portfolioRows(ctx: FarmingContext, farmerId: FarmerFilter): Promise<PortfolioRow[]> {
  const own = ctx.actor.kind === "user" && ctx.actor.scope === "own";
  const farmer = own ? ctx.actor.id : farmerId;
  const { clients, stored, contacts } = await clientsAndAccounts(ctx, farmer);
  const byId = new Map(stored.map((a) => [a.clientId, a]));
  const { timeZone } = await ctx.records.people.organisation();
  const rows: PortfolioRow[] = [];
  for (const client of clients) {
    const account = byId.get(client.id);
    const farmerOf = client.owners.farming;
    if (!account) continue;
    if (farmer === "unassigned" ? farmerOf !== null : farmer !== undefined && farmerOf !== farmer) continue;
    rows.push({ client, account: withContact(account, contacts[client.id], timeZone), farmerId: farmerOf });
  }
  return rows;
}

/** The account with a contact newer than its last recompute taken into account. */
export function withContact<
  A extends Pick<ListAccount, "lastContactAt" | "firstOrderOn" | "cadenceDays" | "contactDueOn">,
>(account: A, lastContactAt: number | undefined, timeZone: string): A {
  if (lastContactAt === undefined || (account.lastContactAt ?? 0) >= lastContactAt) return account;
  const contactDueOn = contactDue(lastContactAt, account.firstOrderOn, account.cadenceDays, timeZone);
  return { ...account, lastContactAt, contactDueOn };
}
