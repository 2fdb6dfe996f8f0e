import { router } from "@quartet/core/trpc";
import { accountsRouter } from "./routers/accounts.ts";
import { dealsRouter } from "./routers/deals.ts";
import { rulesRouter } from "./routers/rules.ts";
import { statsRouter } from "./routers/stats.ts";
import { whitespaceRouter } from "./routers/whitespace.ts";

/** Farming's procedures, mounted by the host under `farming`. */
export const farmingRouter = router({
  accounts: accountsRouter,
  whitespace: whitespaceRouter,
  deals: dealsRouter,
  rules: rulesRouter,
  stats: statsRouter,
});
