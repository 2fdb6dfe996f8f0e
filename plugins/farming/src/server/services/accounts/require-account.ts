import { type ClientSummary, DomainError, type OrgDatabase, type OrgTransaction } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { accounts } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";
import { requireClient } from "../deals/deal-references.ts";
import type { AccountRow } from "../recompute/read-facts.ts";

/** A client's stored account, if farming serves it. */
export async function accountOf(
  db: OrgDatabase | OrgTransaction,
  clientId: string,
): Promise<AccountRow | undefined> {
  const [row] = await db.select().from(accounts).where(eq(accounts.clientId, clientId));
  return row;
}

/**
 * The client the caller sees and its account; NOT_FOUND naming `clientId` when the caller does not
 * see it, PRECONDITION_FAILED when farming does not serve it (not a customer, no farmer).
 */
export async function requireAccount(
  ctx: FarmingContext,
  db: OrgDatabase | OrgTransaction,
  clientId: string,
): Promise<{ client: ClientSummary; account: AccountRow }> {
  const client = await requireClient(ctx, clientId);
  const account = await accountOf(db, client.id);
  if (!account) {
    throw new DomainError("PRECONDITION_FAILED", m.notServed, {
      fields: { clientId: m.notCustomer },
    });
  }
  return { client, account };
}
