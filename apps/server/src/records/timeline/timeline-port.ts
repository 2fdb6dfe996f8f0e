import type { RecordsPort, ServiceContext } from "@quartet/core";
import { lastContacts } from "../facts/last-contacts.ts";
import { addActivity } from "./add-activity.ts";

/** The `timeline` part of core's `RecordsPort` for one service context: entries authored by its actor. */
export function timelinePort(ctx: ServiceContext): RecordsPort["timeline"] {
  return {
    add: (scope, entry) => addActivity(scope, ctx.actor, ctx.clock.now(), entry),
    lastContacts: (filter, scope) => lastContacts(ctx, filter, scope),
  };
}
