import { type Clock, type Logger, newId } from "@quartet/core";
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
import { signUpGate } from "./sign-up/gate.ts";
import { claimAdministrator } from "./sign-up/instance.ts";
import { verifyEmailMail } from "./sign-up/verify-email-mail.ts";
import { stripSessionTokens } from "./strip-session-tokens.ts";

/** better-auth accepts an empty name at sign-up; Quartet shows names everywhere, so it refuses one. */
function requireSignUpName(body: unknown): void {
  const name = (body as { name?: unknown } | undefined)?.name;
  if (typeof name !== "string" || name.trim() === "") {
    throw new APIError("BAD_REQUEST", { message: "Name is required", code: "NAME_REQUIRED" });
  }
}

/** Who a valid session cookie belongs to. */
export type SessionUser = { userId: string; email: string; name: string };

const resetTokenSeconds = 3600;
const verifyTokenSeconds = 24 * 3600;
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
  clock: Clock;
}) {
  const { control, config, logger, mailer, clock } = input;
  const gate = signUpGate({ control, settings: config.signUp, clock });
  // Not awaited: an answer that waits for SMTP would tell who has an account.
  const sendInBackground = (mail: ReturnType<typeof resetPasswordMail>, userId: string, what: string) =>
    void mailer.send(mail).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      logger.error({ userId, reason }, `The ${what} mail could not be sent`);
    });
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
      sendResetPassword: async ({ user, token }) => {
        const link = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
        const mail = resetPasswordMail({ to: user.email, link, validMinutes: resetTokenSeconds / 60 });
        sendInBackground(mail, user.id, "password reset");
      },
    },
    // The link opens the admin's /verify-email page, which confirms through GET /api/auth/verify-email.
    emailVerification: config.signUp.verifyEmail
      ? {
          sendOnSignUp: true,
          expiresIn: verifyTokenSeconds,
          sendVerificationEmail: async ({ user, token }) => {
            if (user.emailVerified) return;
            const link = `${config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
            const mail = verifyEmailMail({ to: user.email, link, validHours: verifyTokenSeconds / 3600 });
            sendInBackground(mail, user.id, "address confirmation");
          },
        }
      : undefined,
    databaseHooks: {
      user: {
        create: {
          before: async (user, ctx) =>
            (await gate.verified(ctx)) ? { data: { ...user, emailVerified: true } } : undefined,
          after: async (user) => claimAdministrator(control, user.id, clock.now()),
        },
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
        "/send-verification-email": { window: 300, max: 3 },
      },
    },
    disabledPaths: ["/list-sessions", "/revoke-session", "/revoke-other-sessions"],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email") return;
        requireSignUpName(ctx.body);
        await gate.check(ctx);
      }),
    },
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
