import type { Clock, Logger } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import type { RetryPolicy } from "../events/backoff.ts";
import type { WebhookEventCatalog } from "./event-types.ts";
import type { UrlPolicy } from "./url-policy.ts";

/** What the webhooks module needs of the host. */
export type WebhooksDeps = {
  catalog: WebhookEventCatalog;
  urlPolicy: UrlPolicy;
  orgHandle(orgId: string): Promise<DatabaseHandle>;
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  listOrgIds(): Promise<string[]>;
  clock: Clock;
  logger: Logger;
  /** Names this process as the holder of delivery leases. */
  owner: string;
  retryPolicy: RetryPolicy;
  /** A number in [0, 1) for the retry jitter; `Math.random` unless a test fixes it. */
  random?: () => number;
  /** How long a receiver has to answer (10 s). */
  timeoutMs?: number;
};

/** What the procedures need beside the service context: the catalogue, the URL policy and a nudge to the sender. */
export type WebhookServiceDeps = Pick<WebhooksDeps, "catalog" | "urlPolicy" | "enabledIds"> & {
  kick(orgId: string): void;
};
