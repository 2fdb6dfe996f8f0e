/** A refusal from `/api/auth/*`: the HTTP status, better-auth's code and, for 429, when to retry. */
export class AuthError extends Error {
  readonly status: number;
  readonly code: string | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, code: string | null, message: string, retryAfterSeconds: number | null) {
    super(message);
    this.name = "AuthError";
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The signed-in user as better-auth's session reports them; `emailVerified` once their address is confirmed. */
export type SessionUser = { id: string; name: string; email: string; emailVerified?: boolean };

async function call<T>(
  path: string,
  init: RequestInit = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`/api/auth/${path}`, {
    ...init,
    credentials: "include",
    headers: {
      accept: "application/json",
      ...(init.body ? { "content-type": "application/json" } : {}),
      ...headers,
    },
  });
  const body = (await response.json().catch(() => null)) as (T & { code?: string; message?: string }) | null;
  if (!response.ok) {
    const retry = Number(response.headers.get("x-retry-after"));
    throw new AuthError(
      response.status,
      body?.code ?? null,
      body?.message ?? response.statusText,
      Number.isFinite(retry) && retry > 0 ? retry : null,
    );
  }
  return body as T;
}

const post = <T>(path: string, body: unknown, headers?: Record<string, string>) =>
  call<T>(path, { method: "POST", body: JSON.stringify(body) }, headers);

/** What a sign-up carries besides the form: the invitation it came from and the screen's language. */
export type SignUpContext = { invitation?: string; locale?: string };

/** better-auth's endpoints under `/api/auth`, as the app uses them. */
export const authApi = {
  /** The current session (refreshing it), or null when nobody is signed in. */
  async session(): Promise<SessionUser | null> {
    const found = await call<{ user: SessionUser } | null>("get-session");
    if (!found?.user) return null;
    const { id, name, email, emailVerified } = found.user;
    return { id, name, email, emailVerified: emailVerified === true };
  },
  /** Creates the account and signs it in; a refusal of the server's sign-up policy is worded in `context.locale`. */
  signUp: (input: { name: string; email: string; password: string }, context: SignUpContext = {}) =>
    post<{ user: SessionUser }>("sign-up/email", input, {
      ...(context.invitation ? { "x-quartet-invitation": context.invitation } : {}),
      ...(context.locale ? { "x-quartet-locale": context.locale } : {}),
    }).then((r) => r.user),
  signIn: (input: { email: string; password: string }) =>
    post<{ user: SessionUser }>("sign-in/email", input).then((r) => r.user),
  signOut: () => post<unknown>("sign-out", {}),
  /** Mails a reset link when the address has an account; answers the same either way. */
  requestReset: (email: string) =>
    post<unknown>("request-password-reset", { email, redirectTo: "/reset-password" }),
  resetPassword: (input: { token: string; newPassword: string }) => post<unknown>("reset-password", input),
  /** Confirms the address of the mailed link's token (`/verify-email?token=…`). */
  verifyEmail: (token: string) => call<unknown>(`verify-email?token=${encodeURIComponent(token)}`),
  /** Mails the signed-in person a new confirmation link. */
  sendVerification: (email: string) => post<unknown>("send-verification-email", { email }),
};
