import { router } from "@quartet/core/trpc";
import { farmingPermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { clientAccount, clientAccountInput } from "../services/accounts/client-account.ts";
import { day } from "../services/accounts/day.ts";
import { farmers } from "../services/accounts/farmers.ts";
import { markProject, markProjectInput } from "../services/accounts/mark-project.ts";
import { moveClients, moveClientsInput } from "../services/accounts/move-clients.ts";
import { portfolio, portfolioInput } from "../services/accounts/portfolio.ts";
import { setCadence, setCadenceInput } from "../services/accounts/set-cadence.ts";
import { setPotential, setPotentialInput } from "../services/accounts/set-potential.ts";
import { withSystem } from "../services/recompute/system-view.ts";

const read = proc(p.portfolioRead);
const write = proc(p.accountsWrite);

/** `farming.accounts`: portfolios, the farmer's day, the client widget and the farmer's inputs. */
export const accountsRouter = router({
  portfolio: read.input(portfolioInput).query(({ ctx, input }) => portfolio({ ctx: ctx.service, input })),
  farmers: read.query(({ ctx }) => farmers({ ctx: ctx.service })),
  day: read.query(({ ctx }) => day({ ctx: ctx.service })),
  client: read
    .input(clientAccountInput)
    .query(({ ctx, input }) => clientAccount({ ctx: withSystem(ctx), input })),
  setCadence: write
    .input(setCadenceInput)
    .mutation(({ ctx, input }) => setCadence({ ctx: withSystem(ctx), input })),
  setPotential: write
    .input(setPotentialInput)
    .mutation(({ ctx, input }) => setPotential({ ctx: ctx.service, input })),
  markProject: write
    .input(markProjectInput)
    .mutation(({ ctx, input }) => markProject({ ctx: withSystem(ctx), input })),
  move: proc(p.portfolioManage)
    .input(moveClientsInput)
    .mutation(({ ctx, input }) => moveClients({ ctx: ctx.service, input })),
});
