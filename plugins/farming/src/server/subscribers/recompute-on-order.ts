import { orderRecorded } from "@quartet/core";
import { recomputeSubscriber } from "../services/recompute/recompute-subscriber.ts";

/**
 * An order recorded: the client's purchase rhythm moves on (a late client is late no more), its
 * categories and maturity too; once per event.
 */
export const recomputeOnOrder = recomputeSubscriber("recompute-on-order", orderRecorded, (p) => p.clientId);
