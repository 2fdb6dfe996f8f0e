import { type Logger, newId } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { accounts, rateLimits, sessions, users, verifications } from "@quartet/db/control";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { ServerConfig } from "../config.ts";
import { authErrorReporter, authLogOptions } from "./auth-log.ts";
import { resolveAuthSecret } from "./auth-secret.ts";
import { clientAddressHeader } from "./client-address.ts";
import { allowedOrigins } from "./cross-site-guard.ts";
import { hashToken, withHashedSessionTokens } from "./hashed-tokens.ts";
import type { Mailer } from "./mailer.ts";
import { resetPasswordMail } from "./reset-password-mail.ts";
import { withSerialisedWrites } from "./serialised-writes.ts";
import { stripSessionTokens } from "./strip-session-tokens.ts";

/** better-auth accepts an empty name at sign-up; Quartet shows names everywhere, so it refuses one. */
const requireSignUpName = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-up/email") return;
  const name = (ctx.body as { name?: unknown } | undefined)?.name;
  if (typeof name !== "string" || name.trim() === "") {
    throw new APIError("BAD_REQUEST", { message: "Name is required", code: "NAME_REQUIRED" });
  }
});

/** Who a valid session cookie belongs to. */
export type SessionUser = { userId: string; email: string; name: string };

const resetTokenSeconds = 3600;
const idPrefixes: Record<string, string> = {
  user: "usr",
  session: "ses",
  account: "acc",
  verification: "vrf",
  rateLimit: "rtl",
};

/**
 * Email + password authentication (better-auth) on the control database, mounted at
 * `/api/auth/*`. Session and reset tokens are kept hashed; sign-in and reset requests are
 * rate limited per client address in the database, so every server process shares the counts.
 *
 * `/list-sessions`, `/revoke-session` and `/revoke-other-sessions` are switched off: they hand
 * stored session tokens back to better-auth, and ours are hashes (see `withHashedSessionTokens`).
 */
export function createAuth(input: {
  control: DatabaseHandle;
  config: ServerConfig;
  logger: Logger;
  mailer: Mailer;
}) {
  const { control, config, logger, mailer } = input;
  const secure = config.publicUrl.startsWith("https:");
  const schema = {
    user: users,
    session: sessions,
    account: accounts,
    verification: verifications,
    rateLimit: rateLimits,
  };
  const drizzle = drizzleAdapter(control.db, { provider: "sqlite", schema });

  const auth = betterAuth({
    appName: "Quartet",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: resolveAuthSecret(config),
    trustedOrigins: allowedOrigins(config),
    database: withSerialisedWrites(withHashedSessionTokens(drizzle), control.lock),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      resetPasswordTokenExpiresIn: resetTokenSeconds,
      revokeSessionsOnPasswordReset: true,
      // Not awaited: an answer that waits for SMTP would tell who has an account.
      sendResetPassword: async ({ user, token }) => {
        const link = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        const mail = resetPasswordMail({ to: user.email, link, validMinutes: resetTokenSeconds / 60 });
        mailer.send(mail).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          logger.error({ userId: user.id, reason }, "The password reset mail could not be sent");
        });
      },
    },
    verification: { storeIdentifier: { hash: async (identifier: string) => hashToken(identifier) } },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/request-password-reset": { window: 300, max: 3 },
      },
    },
    disabledPaths: ["/list-sessions", "/revoke-session", "/revoke-other-sessions"],
    hooks: { before: requireSignUpName },
    telemetry: { enabled: false },
    logger: authLogOptions(logger),
    onAPIError: { onError: authErrorReporter(logger) },
    advanced: {
      cookiePrefix: "quartet",
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      // better-auth skips its Origin checks when NODE_ENV=test; tests must see production behaviour.
      disableOriginCheck: false,
      ipAddress: { ipAddressHeaders: [clientAddressHeader] },
      database: { generateId: ({ model }) => newId(idPrefixes[model] ?? "auth") },
    },
  });

  return {
    /**
     * Answers a request under `/api/auth/*`. `clientAddress` (the socket's address) keys the
     * rate limits; a client-sent header of the same name is always dropped. Session tokens
     * never appear in an answer's body: they travel only in the HttpOnly cookie.
     */
    async handler(request: Request, clientAddress: string | null = null): Promise<Response> {
      const headers = new Headers(request.headers);
      headers.delete(clientAddressHeader);
      if (clientAddress) headers.set(clientAddressHeader, clientAddress);
      return stripSessionTokens(await auth.handler(new Request(request, { headers })));
    },
    /** The user of the request's session cookie, or null; read-only (the session is not extended). */
    async sessionUser(request: Request): Promise<SessionUser | null> {
      const found = await auth.api.getSession({ headers: request.headers, query: { disableRefresh: true } });
      return found ? { userId: found.user.id, email: found.user.email, name: found.user.name } : null;
    },
    /** better-auth's server API (`signUpEmail`, `getSession`, …) for server-side calls and tests. */
    api: auth.api,
  };
}

/** The authentication service of a host. */
export type Auth = ReturnType<typeof createAuth>;
