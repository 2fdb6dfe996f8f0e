import { corePermissions, recordMessages } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { recordsContext } from "../../records/timeline/context.ts";
import { deleteActivity } from "../../records/timeline/delete-activity.ts";
import { listTimeline, timelineInput } from "../../records/timeline/list-timeline.ts";
import { logActivity, logActivityInput } from "../../records/timeline/log-activity.ts";
import { pinActivity, pinActivityInput } from "../../records/timeline/pin-activity.ts";

const write = protectedProcedure(corePermissions.activitiesWrite.id);

/** `core.timeline`: one timeline per client across the four functions. */
export const timelineRouter = router({
  list: protectedProcedure(corePermissions.clientsRead.id)
    .input(timelineInput)
    .query(({ ctx, input }) => listTimeline({ ctx: ctx.service, input, locale: ctx.locale })),
  log: write
    .input(logActivityInput)
    .mutation(({ ctx, input }) => logActivity({ ctx: recordsContext(ctx), input })),
  /** Pins an entry to the top of the client's timeline, or unpins it. */
  pin: write.input(pinActivityInput).mutation(({ ctx, input }) => pinActivity({ ctx: ctx.service, input })),
  delete: write
    .input(z.object({ activityId: z.string().min(1, recordMessages.chooseEntry) }))
    .mutation(({ ctx, input }) => deleteActivity({ ctx: ctx.service, input })),
});
