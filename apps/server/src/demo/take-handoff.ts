import { TRPCError } from "@trpc/server";
import type { DemoCaller } from "./stage.ts";

/**
 * Takes a hand-off as the caller; false when it was decided first — on a running server core's
 * `handoffs.expire` job may expire a hand-off the demo dated in the past before the demo takes it,
 * and the client then waits, as the monitor shows.
 */
export async function takeHandoff(caller: DemoCaller, handoffId: string): Promise<boolean> {
  try {
    await caller.core.handoffs.accept({ handoffId });
    return true;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "CONFLICT") return false;
    throw error;
  }
}
