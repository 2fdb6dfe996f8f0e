import { DomainError } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { memberships, users } from "@quartet/db/control";
import { and, count, eq } from "drizzle-orm";
import { signUpMessages } from "./messages.ts";
import type { SignUpSettings } from "./settings.ts";

/**
 * Refuses (403) a person who may not create another organisation: their address is not
 * confirmed while the server asks for it (`QUARTET_VERIFY_EMAIL`), or they already own
 * `QUARTET_MAX_ORGS_PER_USER` organisations (each is a database on the server). Asked by
 * `core.org.create` and `core.demo.start`; the CLI's `org create` is the operator's and is not limited.
 */
export async function assertMayCreateOrganisation(
  control: DatabaseHandle,
  settings: SignUpSettings,
  userId: string,
): Promise<void> {
  if (settings.verifyEmail) {
    const [user] = await control.db
      .select({ email: users.email, verified: users.emailVerified })
      .from(users)
      .where(eq(users.id, userId));
    if (user && !user.verified)
      throw new DomainError("FORBIDDEN", signUpMessages.confirmEmailFirst, { params: { email: user.email } });
  }
  const [owned] = await control.db
    .select({ count: count() })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "owner")));
  const ownedCount = owned?.count ?? 0;
  if (ownedCount >= settings.maxOrganisationsPerUser)
    throw new DomainError("FORBIDDEN", signUpMessages.organisationLimit, { params: { count: ownedCount } });
}
