import { corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import * as clients from "../../records/clients/index.ts";

const read = protectedProcedure(corePermissions.clientsRead.id);
const write = protectedProcedure(corePermissions.clientsWrite.id);
const manageFields = protectedProcedure(corePermissions.fieldsManage.id);

/** A client's contact people. */
const contactsRouter = router({
  create: write
    .input(clients.createContactInput)
    .mutation(({ ctx, input }) => clients.createContact({ ctx: ctx.service, input })),
  update: write
    .input(clients.updateContactInput)
    .mutation(({ ctx, input }) => clients.updateContact({ ctx: ctx.service, input })),
  delete: write
    .input(clients.deleteContactInput)
    .mutation(({ ctx, input }) => clients.deleteContact({ ctx: ctx.service, input })),
});

/** The organisation's own client fields. */
const fieldsRouter = router({
  list: read.query(({ ctx }) => clients.listFields({ ctx: ctx.service })),
  define: manageFields
    .input(clients.defineFieldInput)
    .mutation(({ ctx, input }) => clients.defineField({ ctx: ctx.service, input })),
  update: manageFields
    .input(clients.updateFieldInput)
    .mutation(({ ctx, input }) => clients.updateField({ ctx: ctx.service, input })),
  delete: manageFields
    .input(clients.deleteFieldInput)
    .mutation(({ ctx, input }) => clients.deleteField({ ctx: ctx.service, input })),
});

/** Clients: records, duplicates, merge, lifecycle, owners, contacts and custom fields. */
export const clientsRouter = router({
  list: read
    .input(clients.listClientsInput)
    .query(({ ctx, input }) => clients.listClients({ ctx: ctx.service, input })),
  count: read
    .input(clients.clientFilters)
    .query(({ ctx, input }) => clients.countClients({ ctx: ctx.service, input })),
  get: read
    .input(clients.clientIdInput)
    .query(({ ctx, input }) => clients.getClient({ ctx: ctx.service, input })),
  checkDuplicates: read
    .input(clients.checkDuplicatesInput)
    .query(({ ctx, input }) => clients.checkDuplicates({ ctx: ctx.service, input })),
  create: write
    .input(clients.createClientInput)
    .mutation(({ ctx, input }) => clients.createClient({ ctx: ctx.service, input })),
  update: write
    .input(clients.updateClientInput)
    .mutation(({ ctx, input }) => clients.updateClient({ ctx: ctx.service, input })),
  changeStage: write
    .input(clients.changeStageInput)
    .mutation(({ ctx, input }) => clients.changeClientStage({ ctx: ctx.service, input })),
  setOwner: write.input(clients.setOwnerInput).mutation(({ ctx, input }) =>
    clients.setClientOwner({
      ctx: ctx.service,
      input,
      findMember: async (userId) =>
        (await ctx.host.people.listMembers(ctx.org.orgId)).find((m) => m.userId === userId) ?? null,
    }),
  ),
  merge: protectedProcedure(corePermissions.clientsMerge.id)
    .input(clients.mergeInput)
    .mutation(({ ctx, input }) => clients.mergeClients({ ctx: ctx.service, input })),
  contacts: contactsRouter,
  fields: fieldsRouter,
});
