import { router } from "@quartet/core/trpc";
import { clientsRouter } from "./routers/clients.ts";
import { programRouter } from "./routers/program.ts";
import { reviewsRouter } from "./routers/reviews.ts";
import { slaRouter } from "./routers/sla.ts";

/** VIP's procedures, mounted by the host under `vip`. */
export const vipRouter = router({
  program: programRouter,
  clients: clientsRouter,
  sla: slaRouter,
  reviews: reviewsRouter,
});
