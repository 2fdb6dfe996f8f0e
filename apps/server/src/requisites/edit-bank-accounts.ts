import { writableClient } from "../records/clients/find-client.ts";
import { applyBankAccountEdit, type BankAccountEdit } from "./bank-account-edits.ts";
import { type BankAccountView, bankAccountsOf, replaceBankAccounts } from "./bank-accounts.ts";
import { orgOwner, type RequisitesContext } from "./context.ts";

/** Whose bank accounts: the organisation's, or a client's (which the actor must be able to edit). */
export type BankAccountOwner = { clientId: string | null };

/** Adds, changes or removes one bank account of the organisation or a client, audited; returns the owner's accounts. */
export async function editBankAccounts(
  ctx: RequisitesContext,
  owner: BankAccountOwner,
  edit: BankAccountEdit,
): Promise<BankAccountView[]> {
  return ctx.org.write(ctx.actor, async (scope) => {
    if (owner.clientId) await writableClient(scope.tx, ctx.actor, owner.clientId);
    const ownerId = owner.clientId ?? orgOwner;
    const before = await bankAccountsOf(scope.tx, ownerId);
    const after = await replaceBankAccounts(
      scope.tx,
      ownerId,
      applyBankAccountEdit(before, edit),
      ctx.clock.now(),
    );
    await scope.audit({
      action: `core.bank-account.${edit.kind}`,
      entity: owner.clientId ? "client" : "requisites",
      entityId: ownerId,
      before,
      after,
    });
    return after;
  });
}
