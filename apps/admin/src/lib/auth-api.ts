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

/** The signed-in user as better-auth's session reports them. */
export type SessionUser = { id: string; name: string; email: string };

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`/api/auth/${path}`, {
    ...init,
    credentials: "include",
    headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
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

const post = <T>(path: string, body: unknown) =>
  call<T>(path, { method: "POST", body: JSON.stringify(body) });

/** better-auth's endpoints under `/api/auth`, as the app uses them. */
export const authApi = {
  /** The current session (refreshing it), or null when nobody is signed in. */
  async session(): Promise<SessionUser | null> {
    const found = await call<{ user: SessionUser } | null>("get-session");
    return found?.user ? { id: found.user.id, name: found.user.name, email: found.user.email } : null;
  },
  signUp: (input: { name: string; email: string; password: string }) =>
    post<{ user: SessionUser }>("sign-up/email", input).then((r) => r.user),
  signIn: (input: { email: string; password: string }) =>
    post<{ user: SessionUser }>("sign-in/email", input).then((r) => r.user),
  signOut: () => post<unknown>("sign-out", {}),
  /** Mails a reset link when the address has an account; answers the same either way. */
  requestReset: (email: string) =>
    post<unknown>("request-password-reset", { email, redirectTo: "/reset-password" }),
  resetPassword: (input: { token: string; newPassword: string }) => post<unknown>("reset-password", input),
};
