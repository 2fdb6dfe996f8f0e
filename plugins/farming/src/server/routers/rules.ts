import { router } from "@quartet/core/trpc";
import { farmingPermissions as p } from "../../contracts/permissions.ts";
import { farmingRulesSchema } from "../../contracts/rules.ts";
import { proc } from "../procedures.ts";
import { withSystem } from "../services/recompute/system-view.ts";
import { loadRules } from "../services/rules/load-rules.ts";
import { saveRules } from "../services/rules/save-rules.ts";

/** `farming.rules`: the company's farming rules. */
export const rulesRouter = router({
  get: proc(p.portfolioRead).query(({ ctx }) => loadRules(ctx.service.org.db)),
  save: proc(p.rulesManage)
    .input(farmingRulesSchema)
    .mutation(({ ctx, input }) => saveRules({ ctx: withSystem(ctx), input })),
});
