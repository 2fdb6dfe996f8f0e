import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { m } from "../contracts/messages.ts";
import { referralsPermissions as perm } from "../contracts/permissions.ts";
import { proc } from "./context.ts";
import { clientReferrals } from "./services/client-referrals.ts";
import { listReferrals } from "./services/list-referrals.ts";
import { recordReferral } from "./services/record-referral.ts";

const clientId = z.string().trim().min(1, m.chooseClient);

/** The plugin's procedures, mounted under `referrals`; each names the permission it needs. */
export const referralsRouter = router({
  record: proc(perm.write)
    .input(z.object({ clientId, referrerId: clientId, note: z.string().max(500, m.noteTooLong).optional() }))
    .mutation(({ ctx, input }) => recordReferral({ ctx: ctx.service, input })),
  ofClient: proc(perm.read)
    .input(z.object({ clientId }))
    .query(({ ctx, input }) => clientReferrals({ ctx: ctx.service, input })),
  list: proc(perm.read)
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(({ ctx, input }) => listReferrals({ ctx: ctx.service, input })),
});
