import { handoffAccepted } from "@quartet/core";
import { recomputeSubscriber } from "../services/recompute/recompute-subscriber.ts";

/**
 * A farmer took a client (from first sale, or from another farmer): its account is recomputed, so
 * it enters the new farmer's portfolio and day with the tasks it is due; once per event.
 */
export const recomputeOnHandoff = recomputeSubscriber("recompute-on-handoff", handoffAccepted, (p) =>
  p.toFunction === "farming" ? p.clientId : null,
);
