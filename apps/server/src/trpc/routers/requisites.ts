import {
  bankAccountInput,
  corePermissions,
  recordMessages,
  requisiteMessages,
  requisitesInput,
} from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { getClientRequisites, setClientRequisites } from "../../requisites/client-requisites.ts";
import { editBankAccounts } from "../../requisites/edit-bank-accounts.ts";
import { getOrgRequisites, setOrgRequisites } from "../../requisites/org-requisites.ts";

const clientId = z.object({ clientId: z.string().min(1, recordMessages.noSuchClient) });
const accountId = z.object({ id: z.string().min(1, requisiteMessages.noAccount) });

/** Whose bank account: `clientId`, or `null` for the organisation's own. */
type OwnerInput = z.ZodObject<{ clientId: z.ZodType<string | null, unknown> }>;

/** Add, change, remove one bank account of the owner the input names. */
function bankAccountsRouter(procedure: ReturnType<typeof protectedProcedure>, owner: OwnerInput) {
  return router({
    add: procedure
      .input(owner.extend({ account: bankAccountInput }))
      .mutation(({ ctx, input }) =>
        editBankAccounts(ctx.service, { clientId: input.clientId }, { kind: "add", account: input.account }),
      ),
    update: procedure
      .input(owner.extend({ ...accountId.shape, account: bankAccountInput }))
      .mutation(({ ctx, input }) =>
        editBankAccounts(
          ctx.service,
          { clientId: input.clientId },
          { kind: "update", id: input.id, account: input.account },
        ),
      ),
    remove: procedure
      .input(owner.extend(accountId.shape))
      .mutation(({ ctx, input }) =>
        editBankAccounts(ctx.service, { clientId: input.clientId }, { kind: "remove", id: input.id }),
      ),
  });
}

const orgManage = protectedProcedure(corePermissions.requisitesManage.id);
const clientWrite = protectedProcedure(corePermissions.clientsWrite.id);

/** `core.requisites`: the organisation's and clients' requisites for paperwork (images: `/api/v1/requisites/images`). */
export const requisitesRouter = router({
  org: router({
    get: protectedProcedure(corePermissions.orgRead.id).query(({ ctx }) => getOrgRequisites(ctx.service)),
    set: orgManage.input(requisitesInput).mutation(({ ctx, input }) => setOrgRequisites(ctx.service, input)),
    bankAccounts: bankAccountsRouter(orgManage, z.object({ clientId: z.null().default(null) })),
  }),
  client: router({
    get: protectedProcedure(corePermissions.clientsRead.id)
      .input(clientId)
      .query(({ ctx, input }) => getClientRequisites(ctx.service, input.clientId)),
    set: clientWrite
      .input(clientId.extend({ requisites: requisitesInput }))
      .mutation(({ ctx, input }) => setClientRequisites(ctx.service, input.clientId, input.requisites)),
    bankAccounts: bankAccountsRouter(clientWrite, clientId),
  }),
});
