import type { VipProgram } from "../../../contracts/program.ts";
import { programs } from "../../../db/schema.ts";
import type { WithSystem } from "../../context.ts";
import { type ReassessResult, reassessClients } from "../assess/reassess-clients.ts";
import { loadProgram, programRowId } from "./load-program.ts";

/**
 * Replaces the company's VIP program (validated by `vipProgramSchema`), audits it as
 * `vip.program.update` with before and after, and reassesses every client under it in the same
 * transaction — the moves the preview listed happen now.
 */
export async function saveProgram({
  ctx,
  input,
}: {
  ctx: WithSystem;
  input: VipProgram;
}): Promise<{ program: VipProgram; result: ReassessResult }> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await loadProgram(scope.tx);
    const now = ctx.clock.now();
    await scope.tx
      .insert(programs)
      .values({ id: programRowId, program: input, updatedBy: ctx.actor.id, updatedAt: now })
      .onConflictDoUpdate({
        target: programs.id,
        set: { program: input, updatedBy: ctx.actor.id, updatedAt: now },
      });
    await scope.audit({
      action: "vip.program.update",
      entity: "program",
      entityId: programRowId,
      before,
      after: input,
    });
    const result = await reassessClients(ctx.system, scope, "all", input);
    return { program: input, result };
  });
}
