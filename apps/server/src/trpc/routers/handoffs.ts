import { corePermissions, recordMessages } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { acceptHandoff } from "../../records/handoffs/accept-handoff.ts";
import { cancelHandoff } from "../../records/handoffs/cancel-handoff.ts";
import { clientHandoffs } from "../../records/handoffs/client-handoffs.ts";
import { expireOverdueHandoffs } from "../../records/handoffs/expire-overdue.ts";
import {
  handoffId,
  listHandoffsInput,
  rejectHandoffInput,
  requestHandoffInput,
} from "../../records/handoffs/handoff-input.ts";
import { listHandoffs } from "../../records/handoffs/list-handoffs.ts";
import { pendingHandoffs } from "../../records/handoffs/pending-handoffs.ts";
import { rejectHandoff } from "../../records/handoffs/reject-handoff.ts";
import { requestHandoff } from "../../records/handoffs/request-handoff.ts";
import { inOwnTransaction, recordsContext } from "../../records/timeline/context.ts";

const use = protectedProcedure(corePermissions.handoffsUse.id);

/** `core.handoffs`: clients handed between functions, with an SLA and a decision. */
export const handoffsRouter = router({
  pending: use.query(({ ctx }) => pendingHandoffs({ ctx: ctx.service })),
  forClient: use
    .input(z.object({ clientId: z.string().min(1, recordMessages.chooseClient) }))
    .query(({ ctx, input }) => clientHandoffs({ ctx: ctx.service, input })),
  list: use.input(listHandoffsInput).query(({ ctx, input }) => listHandoffs({ ctx: ctx.service, input })),
  request: use
    .input(requestHandoffInput)
    .mutation(({ ctx, input }) => inOwnTransaction(requestHandoff)({ ctx: recordsContext(ctx), input })),
  accept: use
    .input(handoffId)
    .mutation(({ ctx, input }) => acceptHandoff({ ctx: recordsContext(ctx), input })),
  reject: use
    .input(rejectHandoffInput)
    .mutation(({ ctx, input }) => rejectHandoff({ ctx: recordsContext(ctx), input })),
  cancel: use
    .input(handoffId)
    .mutation(({ ctx, input }) => cancelHandoff({ ctx: recordsContext(ctx), input })),
  /** Expires handoffs past their SLA; for administrators and heads of sales until a core job runs it. */
  expireOverdue: protectedProcedure(corePermissions.staffingManage.id).mutation(({ ctx }) =>
    expireOverdueHandoffs(recordsContext(ctx)),
  ),
});
