import { corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";

const read = protectedProcedure(corePermissions.monitorRead.id);

/** `core.monitor`: the four-legs monitor now, and its weekly history. */
export const monitorRouter = router({
  /** Every leg judged, the weakest named with its numbers, and the clients stuck between legs. */
  get: read.query(({ ctx }) => ctx.host.host.monitor.read(ctx.org.orgId)),
  /** The last 12 weeks per leg and the stool's balance. */
  history: read.query(({ ctx }) => ctx.host.host.monitor.history(ctx.org.orgId)),
});
