import { corePermissions, findBankInput, findPartyInput, registryTokenInput } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { registryOf } from "../../registry/index.ts";

const lookup = protectedProcedure(corePermissions.clientsWrite.id);
const manage = protectedProcedure(corePermissions.orgManage.id);

/** `core.registry`: companies by INN and banks by BIK from the company registry, and its token. */
export const registryRouter = router({
  /** Candidates for an INN (and KPP); `{ available: false }` without a token. */
  findParty: lookup
    .input(findPartyInput)
    .query(({ ctx, input }) => registryOf(ctx.host.host).findParty(ctx.org.orgId, input.inn, input.kpp)),
  /** The bank of a BIK (or null); `{ available: false }` without a token. */
  findBank: lookup
    .input(findBankInput)
    .query(({ ctx, input }) => registryOf(ctx.host.host).findBank(ctx.org.orgId, input.bik)),
  /** Whether the organisation has a token; never the token. */
  status: manage.query(({ ctx }) => registryOf(ctx.host.host).status(ctx.org.orgId)),
  /** Sets the organisation's token; an empty one turns lookups off. */
  setToken: manage
    .input(registryTokenInput)
    .mutation(({ ctx, input }) => registryOf(ctx.host.host).setToken(ctx.org.orgId, ctx.actor, input.token)),
});
