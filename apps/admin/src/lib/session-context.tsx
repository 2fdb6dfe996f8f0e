import { createContext, type JSX, useContext } from "solid-js";
import type { SessionStore } from "./session.ts";

const SessionContext = createContext<SessionStore>();

/** Hands the session store down. */
export function SessionProvider(props: { session: SessionStore; children: JSX.Element }): JSX.Element {
  return <SessionContext.Provider value={props.session}>{props.children}</SessionContext.Provider>;
}

/** The session store: `const session = useSession(); session.user()`. */
export function useSession(): SessionStore {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() needs a <SessionProvider> above it");
  return session;
}
