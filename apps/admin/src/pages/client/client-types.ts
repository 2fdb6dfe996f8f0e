import type { OutputOf } from "../../lib/api-types.ts";
import type { QuartetClient } from "../../lib/trpc.ts";

type Core = QuartetClient["core"];

/** `core.clients.get` for a client that was not merged. */
export type ClientPageData = Extract<OutputOf<Core["clients"]["get"]>, { merged: false }>;
/** A client as its page shows it. */
export type ClientRecord = ClientPageData["client"];
/** A contact person of a client. */
export type ContactRecord = ClientPageData["contacts"][number];
/** An order of the client list, with totals and payment state. */
export type OrderSummary = OutputOf<Core["orders"]["list"]>["items"][number];
/** One order with its lines and payments. */
export type OrderDetails = OutputOf<Core["orders"]["get"]>;
/** A handoff of a client between functions. */
export type HandoffRecord = OutputOf<Core["handoffs"]["forClient"]>["items"][number];
/** A possible duplicate of a client. */
export type DuplicateRecord = OutputOf<Core["clients"]["checkDuplicates"]>["blocking"][number];
