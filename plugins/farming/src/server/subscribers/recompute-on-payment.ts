import { paymentReceived } from "@quartet/core";
import { recomputeSubscriber } from "../services/recompute/recompute-subscriber.ts";

/** Money received: the paying client's revenue, classes and health are recomputed, once per event. */
export const recomputeOnPayment = recomputeSubscriber(
  "recompute-on-payment",
  paymentReceived,
  (p) => p.clientId,
);
