import { claimWebhooks } from "./claim.ts";
import type { WebhooksDeps } from "./deps.ts";
import { type SendOutcome, sendOne } from "./send-one.ts";

/** Counts of one pass over an organisation's due deliveries. */
export type SendReport = Record<SendOutcome, number>;

/**
 * Sends due webhook deliveries per organisation: woken after an event became deliveries
 * (`kick`), on a replay, and on the host's periodic sweep (which also catches retries that fell
 * due and whatever a crash left leased). Passes over one organisation never overlap in a process;
 * a kick during a pass runs one more pass after it.
 */
export function createWebhookSender(deps: WebhooksDeps) {
  const running = new Map<string, Promise<SendReport>>();
  const rerun = new Set<string>();
  const waking = new Set<Promise<unknown>>();

  async function pass(orgId: string): Promise<SendReport> {
    const report: SendReport = { delivered: 0, retry: 0, dead: 0 };
    const handle = await deps.orgHandle(orgId);
    for (;;) {
      const now = deps.clock.now();
      const claimed = await claimWebhooks(handle, { owner: deps.owner, now, leaseMs: 120_000, limit: 10 });
      if (claimed.length === 0) return report;
      const outcomes = await Promise.all(claimed.map((delivery) => sendOne(deps, handle, delivery)));
      for (const outcome of outcomes) report[outcome]++;
    }
  }

  function sendOrg(orgId: string): Promise<SendReport> {
    const current = running.get(orgId);
    if (current) {
      rerun.add(orgId);
      return current;
    }
    const run = pass(orgId)
      .catch((err) => {
        deps.logger.error({ org: orgId, err }, "webhook sending failed");
        return { delivered: 0, retry: 0, dead: 0 };
      })
      .finally(() => {
        running.delete(orgId);
        if (rerun.delete(orgId)) void sendOrg(orgId);
      });
    running.set(orgId, run);
    return run;
  }

  return {
    /** One pass over an organisation's due deliveries (tests call it after moving the clock). */
    sendOrg,
    /** Wakes the sender for an organisation once the current tick's work is done. */
    kick(orgId: string): void {
      const woken = new Promise<void>((resolve) => setImmediate(resolve)).then(() => sendOrg(orgId));
      waking.add(woken);
      void woken.finally(() => waking.delete(woken));
    },
    /** One pass over every organisation. */
    async sweep(): Promise<void> {
      for (const orgId of await deps.listOrgIds()) await sendOrg(orgId);
    },
    /** Resolves once nothing is being sent or about to be (tests, shutdown). */
    async idle(): Promise<void> {
      while (running.size > 0 || waking.size > 0) {
        await Promise.all([...waking, ...running.values()]);
      }
    },
  };
}
