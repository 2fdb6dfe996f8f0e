import { type Accessor, createSignal } from "solid-js";
import { authApi, type SessionUser, type SignUpContext } from "./auth-api.ts";

/** Whether someone is signed in; `offline` when the server could not be asked. */
export type SessionStatus = "loading" | "signed-in" | "signed-out" | "offline";

/** The signed-in user and the ways to sign in and out. */
export type SessionStore = {
  readonly status: Accessor<SessionStatus>;
  readonly user: Accessor<SessionUser | null>;
  /** True after the user signed out here: sign-in then opens plain, not "come back to where you were". */
  readonly signedOutOnPurpose: Accessor<boolean>;
  /** Asks the server (`GET /api/auth/get-session`, which also extends the session). */
  readonly refresh: () => Promise<void>;
  readonly signIn: (input: { email: string; password: string }) => Promise<void>;
  readonly signUp: (
    input: { name: string; email: string; password: string },
    context?: SignUpContext,
  ) => Promise<void>;
  readonly signOut: () => Promise<void>;
};

/**
 * Creates the session store over better-auth's endpoints; `onSignedOut` clears what belonged
 * to the previous user (the query cache, the tab's organisation).
 */
export function createSessionStore(
  options: { api?: typeof authApi; onSignedOut?: () => void } = {},
): SessionStore {
  const api = options.api ?? authApi;
  const [status, setStatus] = createSignal<SessionStatus>("loading");
  const [user, setUser] = createSignal<SessionUser | null>(null);
  const [signedOutOnPurpose, setSignedOutOnPurpose] = createSignal(false);
  const signedIn = (next: SessionUser | null) => {
    if (next) setSignedOutOnPurpose(false);
    setUser(next);
    setStatus(next ? "signed-in" : "signed-out");
  };
  return {
    status,
    user,
    signedOutOnPurpose,
    async refresh() {
      try {
        signedIn(await api.session());
      } catch {
        setUser(null);
        setStatus("offline");
      }
    },
    async signIn(input) {
      signedIn(await api.signIn(input));
    },
    async signUp(input, context) {
      signedIn(await api.signUp(input, context));
    },
    async signOut() {
      await api.signOut();
      setSignedOutOnPurpose(true);
      signedIn(null);
      options.onSignedOut?.();
    },
  };
}
