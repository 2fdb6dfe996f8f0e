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

const orgManage = protectedProcedure(corePermissions.requisitesManage.id);
const clientWrite = protectedProcedure(corePermissions.clientsWrite.id);
const account = z.object({ account: bankAccountInput });
const org = { clientId: null };

/** Add, change, remove one of the organisation's bank accounts. */
const orgBankAccounts = router({
  add: orgManage
    .input(account)
    .mutation(({ ctx, input }) => editBankAccounts(ctx.service, org, { kind: "add", ...input })),
  update: orgManage
    .input(account.extend(accountId.shape))
    .mutation(({ ctx, input }) => editBankAccounts(ctx.service, org, { kind: "update", ...input })),
  remove: orgManage
    .input(accountId)
    .mutation(({ ctx, input }) => editBankAccounts(ctx.service, org, { kind: "remove", ...input })),
});

/** Add, change, remove one of a client's bank accounts. */
const clientBankAccounts = router({
  add: clientWrite
    .input(clientId.extend(account.shape))
    .mutation(({ ctx, input: { clientId, ...edit } }) =>
      editBankAccounts(ctx.service, { clientId }, { kind: "add", ...edit }),
    ),
  update: clientWrite
    .input(clientId.extend({ ...account.shape, ...accountId.shape }))
    .mutation(({ ctx, input: { clientId, ...edit } }) =>
      editBankAccounts(ctx.service, { clientId }, { kind: "update", ...edit }),
    ),
  remove: clientWrite
    .input(clientId.extend(accountId.shape))
    .mutation(({ ctx, input: { clientId, ...edit } }) =>
      editBankAccounts(ctx.service, { clientId }, { kind: "remove", ...edit }),
    ),
});

/** `core.requisites`: the organisation's and clients' requisites for paperwork (images: `/api/v1/requisites/images`). */
export const requisitesRouter = router({
  org: router({
    get: protectedProcedure(corePermissions.orgRead.id).query(({ ctx }) => getOrgRequisites(ctx.service)),
    set: orgManage.input(requisitesInput).mutation(({ ctx, input }) => setOrgRequisites(ctx.service, input)),
    bankAccounts: orgBankAccounts,
  }),
  client: router({
    get: protectedProcedure(corePermissions.clientsRead.id)
      .input(clientId)
      .query(({ ctx, input }) => getClientRequisites(ctx.service, input.clientId)),
    set: clientWrite
      .input(clientId.extend({ requisites: requisitesInput }))
      .mutation(({ ctx, input }) => setClientRequisites(ctx.service, input.clientId, input.requisites)),
    bankAccounts: clientBankAccounts,
  }),
});
