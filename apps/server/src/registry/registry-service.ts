import {
  type Actor,
  type BankCandidate,
  type Clock,
  type CompanyRegistry,
  DomainError,
  type OrgRuntime,
  type PartyCandidate,
  registryMessages,
} from "@quartet/core";
import type { InstallationStore } from "../host/installations.ts";
import { createDadataRegistry } from "./dadata-adapter.ts";
import { createRateLimiter } from "./rate-limit.ts";
import { createRegistryTokenStore } from "./token-store.ts";

/** What the registry service needs from the host. */
export type RegistryDeps = {
  installations: InstallationStore;
  runtime: (orgId: string) => Promise<OrgRuntime>;
  clock: Clock;
  /** The DaData-compatible API's base URL (`QUARTET_REGISTRY_URL`). */
  baseUrl: string;
  /** Lookups an organisation may make a minute (30 by default: a person typing, never a script). */
  perMinute?: number;
  timeoutMs?: number;
};

/** A lookup's answer: `available: false` when the organisation has no registry token. */
export type Lookup<T> = { available: false } | ({ available: true } & T);

/**
 * Company and bank lookups for one host: the organisation's token from its secret setting, a
 * per-organisation rate limit, the DaData adapter. Without a token nothing is called.
 */
export function createRegistryService(deps: RegistryDeps) {
  const tokens = createRegistryTokenStore(deps.installations);
  const limiter = createRateLimiter(deps.clock, deps.perMinute ?? 30);

  async function registryOf(orgId: string): Promise<CompanyRegistry | null> {
    const token = await tokens.token(orgId);
    if (!token) return null;
    const decision = limiter.take(orgId);
    if (!decision.ok) {
      throw new DomainError("RATE_LIMITED", registryMessages.tooMany, {
        params: { seconds: decision.retryInSeconds },
      });
    }
    return createDadataRegistry({ baseUrl: deps.baseUrl, token, timeoutMs: deps.timeoutMs });
  }

  return {
    async findParty(
      orgId: string,
      inn: string,
      kpp?: string,
    ): Promise<Lookup<{ candidates: PartyCandidate[] }>> {
      const registry = await registryOf(orgId);
      return registry
        ? { available: true, candidates: await registry.findParty(inn, kpp) }
        : { available: false };
    },
    async findBank(orgId: string, bik: string): Promise<Lookup<{ bank: BankCandidate | null }>> {
      const registry = await registryOf(orgId);
      return registry ? { available: true, bank: await registry.findBank(bik) } : { available: false };
    },
    /** Whether a token is set; the token itself never leaves the server. */
    async status(orgId: string): Promise<{ configured: boolean }> {
      return { configured: (await tokens.token(orgId)) !== null };
    },
    /** Sets (or, empty, removes) the organisation's token, audited without the token. */
    async setToken(orgId: string, actor: Actor, token: string): Promise<{ configured: boolean }> {
      const before = await this.status(orgId);
      const org = await deps.runtime(orgId);
      await org.write(actor, (scope) =>
        scope.audit({
          action: "core.registry.token",
          entity: "organisation",
          entityId: orgId,
          before,
          after: { configured: token !== "" },
        }),
      );
      await tokens.setToken(orgId, token);
      return { configured: token !== "" };
    },
  };
}

/** The registry service's type. */
export type RegistryService = ReturnType<typeof createRegistryService>;
