import type { SubscriberContext } from "@quartet/core/plugin";
import { orgInfo } from "../../context.ts";
import { loadProgram } from "../program/load-program.ts";
import { openRequest, type RequestSource } from "./open-request.ts";

/**
 * Starts a request's first-response clock from a subscriber, under the saved program and the
 * organisation's calendar (see `openRequest`). Returns true when a clock started.
 */
export async function timeRequest(ctx: SubscriberContext, request: RequestSource): Promise<boolean> {
  const program = await loadProgram(ctx.scope.tx);
  return openRequest(ctx.scope, await orgInfo(ctx), program, request, ctx.clock.now());
}
