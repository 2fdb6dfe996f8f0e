import type { RequisitesInput, VatMode } from "@quartet/core";
import { orgRequisites } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { Reader } from "../records/clients/reader.ts";
import { bankAccountsOf, replaceBankAccounts } from "./bank-accounts.ts";
import { orgOwner, type RequisitesContext } from "./context.ts";
import { imagesOf } from "./images.ts";
import { type RequisitesView, withoutBankAccounts } from "./view.ts";

/** The organisation's requisites with its bank accounts and which images it has; blank before the first save. */
export async function getOrgRequisites(ctx: RequisitesContext) {
  return { ...(await orgRequisitesIn(ctx.org.db)), images: await imagesOf(ctx.org.db) };
}

async function orgRequisitesIn(reader: Reader): Promise<RequisitesView> {
  const [row] = await reader.select().from(orgRequisites).where(eq(orgRequisites.id, orgOwner));
  const {
    id: _,
    updatedAt,
    vatMode,
    ...fields
  } = row ?? { ...blankRequisites, id: orgOwner, updatedAt: null };
  return {
    ...fields,
    vatMode: vatMode as VatMode,
    updatedAt,
    bankAccounts: await bankAccountsOf(reader, orgOwner),
  };
}

/** Replaces the organisation's requisites and bank accounts in one transaction, audited. */
export async function setOrgRequisites(
  ctx: RequisitesContext,
  input: RequisitesInput,
): Promise<RequisitesView> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const before = await orgRequisitesIn(scope.tx);
    const row = { id: orgOwner, ...withoutBankAccounts(input), updatedAt: now };
    await scope.tx
      .insert(orgRequisites)
      .values(row)
      .onConflictDoUpdate({ target: orgRequisites.id, set: row });
    await replaceBankAccounts(scope.tx, orgOwner, input.bankAccounts, now);
    const after = await orgRequisitesIn(scope.tx);
    await scope.audit({
      action: "core.requisites.set",
      entity: "requisites",
      entityId: orgOwner,
      before,
      after,
    });
    return after;
  });
}

/** Requisites nobody has filled in yet. */
export const blankRequisites: Omit<RequisitesView, "bankAccounts" | "updatedAt"> = {
  fullName: null,
  shortName: null,
  inn: null,
  kpp: null,
  ogrn: null,
  legalAddress: null,
  postalAddress: null,
  directorName: null,
  directorTitle: null,
  accountantName: null,
  vatMode: "none",
  paymentDays: null,
};
