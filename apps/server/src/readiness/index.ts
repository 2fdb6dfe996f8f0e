import { type Actor, readinessSignals } from "@quartet/core";
import type { Host } from "../host/create-host.ts";
import { readinessDepsOf } from "./deps.ts";
import { dismissSignal } from "./dismiss-signal.ts";
import { gatherFacts } from "./gather-facts.ts";

/**
 * The readiness signals of one organisation bound to the host: the active ones now (dismissed and
 * snoozed ones left out), and dismissing or snoozing one.
 */
export function readinessOf(host: Host) {
  const deps = readinessDepsOf(host);
  return {
    list: async (orgId: string) => {
      const facts = await gatherFacts(deps, orgId);
      const at = deps.clock.now();
      return { signals: readinessSignals(facts, at), at };
    },
    dismiss: (actor: Actor, orgId: string, signal: string) => dismissSignal(deps, actor, orgId, { signal }),
    snooze: (actor: Actor, orgId: string, signal: string, days: number) =>
      dismissSignal(deps, actor, orgId, { signal, days }),
  };
}
