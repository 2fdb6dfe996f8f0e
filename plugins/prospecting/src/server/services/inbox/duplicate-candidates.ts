import type { ProspectingContext } from "../../context.ts";
import { loadRequest } from "./load-request.ts";
import { clientNameOf } from "./match-client.ts";

/**
 * Clients the request may belong to, as core's duplicate detection ranks them (INN, phone,
 * email, then a fuzzy name), among the clients the actor may read: the triage screen offers them
 * for a merge and says which one qualifying would link.
 */
export async function duplicateCandidates({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { requestId: string };
}) {
  const request = await loadRequest(ctx.org.db, input.requestId);
  return ctx.records.clients.findDuplicates({
    name: clientNameOf(request),
    phones: request.contactPhone ? [request.contactPhone] : [],
    emails: request.contactEmail ? [request.contactEmail] : [],
  });
}
