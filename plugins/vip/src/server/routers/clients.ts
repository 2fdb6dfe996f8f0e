import { router } from "@quartet/core/trpc";
import { vipPermissions as p } from "../../contracts/permissions.ts";
import { withSystem } from "../context.ts";
import { proc } from "../procedures.ts";
import { designateClient } from "../services/clients/designate-client.ts";
import { designateClientInput } from "../services/clients/designate-input.ts";
import { getClient, getClientInput } from "../services/clients/get-client.ts";
import { listClients, listClientsInput } from "../services/clients/list-clients.ts";
import { overrideClient } from "../services/clients/override-client.ts";
import { overrideClientInput } from "../services/clients/override-input.ts";

/** `vip.clients`: the key-account desk, a client's VIP card, overrides and hand designations. */
export const clientsRouter = router({
  list: proc(p.clientsRead)
    .input(listClientsInput)
    .query(({ ctx, input }) => listClients({ ctx: ctx.service, input })),
  get: proc(p.clientsRead)
    .input(getClientInput)
    .query(({ ctx, input }) => getClient({ ctx: ctx.service, input })),
  override: proc(p.clientsManage)
    .input(overrideClientInput)
    .mutation(({ ctx, input }) => overrideClient({ ctx: withSystem(ctx), input })),
  designate: proc(p.clientsManage)
    .input(designateClientInput)
    .mutation(({ ctx, input }) => designateClient({ ctx: withSystem(ctx), input })),
});
