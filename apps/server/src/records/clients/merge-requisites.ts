import type { OrgTransaction } from "@quartet/core";
import { bankAccounts, clientRequisites } from "@quartet/db/org";
import { asc, eq } from "drizzle-orm";

type CardRow = typeof clientRequisites.$inferSelect;
type AccountRow = typeof bankAccounts.$inferSelect;

const cardFields = [
  "shortName",
  "postalAddress",
  "directorName",
  "directorTitle",
  "accountantName",
  "paymentDays",
] as const;

/**
 * The requisites card `into` keeps after `from` merges into it: `into`'s own values win, its
 * empty fields are taken from `from` (its VAT mode stays, a card it lacks is `from`'s); null when
 * nothing changes. Full name, codes and legal address live on the client and merge with it.
 *
 * @example mergedCard(null, fromCard, "cli_1", now) // fromCard moved to cli_1
 */
export function mergedCard(
  into: CardRow | null,
  from: CardRow | null,
  intoId: string,
  now: number,
): CardRow | null {
  if (!from) return null;
  if (!into) return { ...from, clientId: intoId, updatedAt: now };
  const filled: Partial<CardRow> = {};
  for (const key of cardFields)
    if (into[key] === null && from[key] !== null) Object.assign(filled, { [key]: from[key] });
  return Object.keys(filled).length ? { ...into, ...filled, updatedAt: now } : null;
}

/**
 * Which of `from`'s bank accounts move to the survivor: those whose BIK and account it does not
 * hold already (nor repeat among themselves), placed after its own; none of them is the default
 * when the survivor has accounts of its own (else `from`'s default stays the default).
 */
export function accountsToMove(into: readonly AccountRow[], from: readonly AccountRow[]) {
  const held = new Set(into.map((a) => `${a.bik}/${a.account}`));
  const moving: { id: string; position: number; isDefault: boolean }[] = [];
  for (const account of from) {
    const key = `${account.bik}/${account.account}`;
    if (held.has(key)) continue;
    held.add(key);
    moving.push({
      id: account.id,
      position: into.length + moving.length,
      isDefault: into.length === 0 && account.isDefault,
    });
  }
  return moving;
}

/**
 * Moves `fromId`'s requisites card fields and bank accounts to `intoId` inside the merge's
 * transaction (see `mergedCard`, `accountsToMove`); accounts the survivor already holds stay with
 * the merged-away client. Answers how many accounts moved and which card fields were filled.
 */
export async function mergeRequisites(tx: OrgTransaction, fromId: string, intoId: string, now: number) {
  const card = async (id: string) =>
    (await tx.select().from(clientRequisites).where(eq(clientRequisites.clientId, id)))[0] ?? null;
  const accounts = (id: string) =>
    tx.select().from(bankAccounts).where(eq(bankAccounts.ownerId, id)).orderBy(asc(bankAccounts.position));
  const next = mergedCard(await card(intoId), await card(fromId), intoId, now);
  if (next)
    await tx
      .insert(clientRequisites)
      .values(next)
      .onConflictDoUpdate({ target: clientRequisites.clientId, set: next });
  const moving = accountsToMove(await accounts(intoId), await accounts(fromId));
  for (const { id, position, isDefault } of moving) {
    await tx
      .update(bankAccounts)
      .set({ ownerId: intoId, position, isDefault })
      .where(eq(bankAccounts.id, id));
  }
  return { bankAccounts: moving.length, card: next !== null };
}
