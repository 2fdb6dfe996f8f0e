import type { Actor } from "@quartet/core";

/** Who a request comes from and which organisation it works in. */
export type Identity = { actor: Actor; orgId: string | null };

/** Resolves a request's identity (session cookie, API key, …); null for an anonymous request. */
export type Authenticator = (request: Request) => Promise<Identity | null>;
