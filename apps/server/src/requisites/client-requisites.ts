import type { RequisitesInput, VatMode } from "@quartet/core";
import { clientRequisites, clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { ClientRow } from "../records/clients/find-client.ts";
import { visibleClient, writableClient } from "../records/clients/find-client.ts";
import type { Reader } from "../records/clients/reader.ts";
import { reindexClient } from "../records/clients/reindex-client.ts";
import { bankAccountsOf, replaceBankAccounts } from "./bank-accounts.ts";
import type { RequisitesContext } from "./context.ts";
import { blankRequisites } from "./org-requisites.ts";
import type { RequisitesView } from "./view.ts";

/**
 * A client's requisites: its own full name (`legalName`), INN, KPP, OGRN and legal address
 * (`address`) from the client, the rest from `core_client_requisites`, and its bank accounts.
 */
export async function getClientRequisites(ctx: RequisitesContext, clientId: string): Promise<RequisitesView> {
  return requisitesOfClient(ctx.org.db, await visibleClient(ctx.org.db, ctx.actor, clientId));
}

async function requisitesOfClient(reader: Reader, client: ClientRow): Promise<RequisitesView> {
  const [row] = await reader.select().from(clientRequisites).where(eq(clientRequisites.clientId, client.id));
  const {
    clientId: _,
    updatedAt,
    vatMode,
    ...extra
  } = row ?? {
    ...blankRequisites,
    clientId: client.id,
    updatedAt: null,
  };
  return {
    ...extra,
    vatMode: vatMode as VatMode,
    fullName: client.legalName,
    inn: client.inn,
    kpp: client.kpp,
    ogrn: client.ogrn,
    legalAddress: client.address,
    updatedAt,
    bankAccounts: await bankAccountsOf(reader, client.id),
  };
}

/**
 * Replaces a client's requisites (its codes, full name and legal address on the client itself,
 * reindexed for duplicate search) and bank accounts in one transaction, audited on the client.
 */
export async function setClientRequisites(
  ctx: RequisitesContext,
  clientId: string,
  input: RequisitesInput,
): Promise<RequisitesView> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const client = await writableClient(scope.tx, ctx.actor, clientId);
    const before = await requisitesOfClient(scope.tx, client);
    const { fullName, inn, kpp, ogrn, legalAddress, bankAccounts, ...extra } = input;
    await scope.tx
      .update(clients)
      .set({
        legalName: fullName,
        inn,
        kpp,
        ogrn,
        address: legalAddress,
        updatedAt: Math.max(now, client.updatedAt + 1),
      })
      .where(eq(clients.id, clientId));
    await reindexClient(scope.tx, clientId);
    const row = { clientId, ...extra, updatedAt: now };
    await scope.tx
      .insert(clientRequisites)
      .values(row)
      .onConflictDoUpdate({ target: clientRequisites.clientId, set: row });
    await replaceBankAccounts(scope.tx, clientId, bankAccounts, now);
    const after = await requisitesOfClient(scope.tx, await writableClient(scope.tx, ctx.actor, clientId));
    await scope.audit({
      action: "core.client.requisites",
      entity: "client",
      entityId: clientId,
      before,
      after,
    });
    return after;
  });
}
