import type { RecordsPort } from "@quartet/core";
import type { RecordsContext } from "../timeline/context.ts";
import { requestHandoff } from "./request-handoff.ts";

/** The `handoffs` part of core's `RecordsPort` for one service context: what plugins call as `ctx.records.handoffs`. */
export function handoffsPort(ctx: RecordsContext): RecordsPort["handoffs"] {
  return { request: (scope, input) => requestHandoff(ctx, scope, input) };
}
