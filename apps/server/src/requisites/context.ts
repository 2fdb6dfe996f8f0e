import type { ServiceContext } from "@quartet/core";

/** What the requisites services use of a service context: the organisation, the actor, the clock. */
export type RequisitesContext = Pick<ServiceContext, "org" | "actor" | "clock">;

/** The owner id of the organisation's own bank accounts (a client's are owned by its id). */
export const orgOwner = "org";
