import { memberships, userPreferences } from "@quartet/db/control";
import { and, eq } from "drizzle-orm";
import type { Authenticator } from "../trpc/authenticate.ts";
import { resolveRole } from "./access.ts";
import { apiKeyPrefix, findApiKey } from "./api-keys.ts";
import type { PeopleDeps } from "./deps.ts";

/** The signed-in user behind a request's session cookie, if any. */
export type SessionLookup = (
  request: Request,
) => Promise<{ userId: string; email: string; name: string } | null>;

/** The header with which a browser tab names the organisation it works in. */
export const orgHeader = "x-quartet-org";

/**
 * Resolves who a request comes from: an API key (`Authorization: Bearer qk_…`, bound to
 * one organisation and a role) or a session cookie. A request with any `Authorization` header
 * is judged by it alone — its cookies are ignored, so a forged or foreign header never rides on
 * a browser's session. A user works in the organisation the tab names (`x-quartet-org`) or
 * their last active one — only ever one they belong to.
 */
export function createAuthenticator(deps: PeopleDeps, sessionUser: SessionLookup): Authenticator {
  return async (request) => {
    const authorization = request.headers.get("authorization");
    if (authorization !== null) {
      const bearer = authorization.startsWith("Bearer ") ? authorization.slice(7).trim() : "";
      if (!bearer.startsWith(apiKeyPrefix)) return null;
      const key = await findApiKey(deps, bearer);
      if (!key) return null;
      const role = await resolveRole(deps.control, deps.catalog, key.orgId, key.role);
      return {
        actor: {
          kind: "api-key",
          id: key.id,
          name: `API key ${key.name}`,
          role: role.id,
          permissions: role.permissions,
          scope: role.scope,
        },
        orgId: key.orgId,
      };
    }
    const user = await sessionUser(request);
    if (!user) return null;
    const requested = request.headers.get(orgHeader);
    const [prefs] = requested
      ? []
      : await deps.control.db.select().from(userPreferences).where(eq(userPreferences.userId, user.userId));
    const orgId = requested ?? prefs?.activeOrgId ?? null;
    const [membership] = orgId
      ? await deps.control.db
          .select()
          .from(memberships)
          .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, user.userId)))
      : [];
    const base = { kind: "user" as const, id: user.userId, name: user.name, email: user.email };
    if (!membership)
      return { actor: { ...base, role: "none", permissions: new Set<string>(), scope: "own" }, orgId: null };
    const role = await resolveRole(deps.control, deps.catalog, membership.orgId, membership.role);
    return {
      actor: { ...base, role: role.id, permissions: role.permissions, scope: role.scope },
      orgId: membership.orgId,
    };
  };
}
