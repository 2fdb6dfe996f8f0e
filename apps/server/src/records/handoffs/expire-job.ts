import type { JobDefinition } from "@quartet/core/plugin";
import type { RecordsPeople } from "../timeline/context.ts";
import { expireOverdueHandoffs } from "./expire-overdue.ts";

/** How often core looks for handoffs nobody accepted in time. */
export const expireHandoffsEveryMs = 60_000;

/**
 * Core's periodic job: every requested handoff past its accept-by time expires (as the system),
 * so the requester sees it and can hand the client to someone else.
 */
export function expireHandoffsJob(people: RecordsPeople): JobDefinition {
  return {
    name: "handoffs.expire",
    everyMs: expireHandoffsEveryMs,
    run: async (ctx) => {
      await expireOverdueHandoffs({ ...ctx, people });
    },
  };
}
