import { type Actor, can, DomainError, errorMessages, permissionParam } from "@quartet/core";
import type { Authenticator } from "../../trpc/authenticate.ts";

/**
 * The caller of a plain HTTP endpoint (a file upload or download), checked exactly as a tRPC
 * procedure is: authenticated (session or API key), in an organisation, holding `permission`.
 * Throws a DomainError that the app's `onError` maps to 401 / 412 / 403.
 */
export async function requireAccess(
  authenticate: Authenticator,
  request: Request,
  permission: string,
): Promise<{ actor: Actor; orgId: string }> {
  const identity = await authenticate(request);
  if (!identity) throw new DomainError("UNAUTHORIZED", errorMessages.signInFirst);
  if (!identity.orgId) throw new DomainError("PRECONDITION_FAILED", errorMessages.chooseOrganisation);
  if (!can(identity.actor, permission))
    throw new DomainError("FORBIDDEN", errorMessages.noPermission, {
      params: { permission: permissionParam(permission) },
    });
  return { actor: identity.actor, orgId: identity.orgId };
}
