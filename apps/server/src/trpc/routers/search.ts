import { corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { searchInput, searchOf } from "../../search/index.ts";

const read = protectedProcedure(corePermissions.clientsRead.id);

/** `core.search`: the top bar's global search. */
export const searchRouter = router({
  /** Clients, contacts and the enabled plugins' records matching `q`, grouped by kind, within the caller's permissions and scope. */
  query: read.input(searchInput).query(({ ctx, input }) => searchOf(ctx.host.host).query(ctx.service, input)),
});
