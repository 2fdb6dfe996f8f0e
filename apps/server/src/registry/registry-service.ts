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

  async function adapterOf(orgId: string): Promise<CompanyRegistry | null> {
    const token = await tokens.token(orgId);
    return token ? createDadataRegistry({ baseUrl: deps.baseUrl, token, timeoutMs: deps.timeoutMs }) : null;
  }

  async function registryOf(orgId: string): Promise<CompanyRegistry | null> {
    const registry = await adapterOf(orgId);
    if (!registry) return null;
    const decision = limiter.take(orgId);
    if (!decision.ok) {
      throw new DomainError("RATE_LIMITED", registryMessages.tooMany, {
        params: { seconds: decision.retryInSeconds },
      });
    }
    return registry;
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
    /**
     * For a background job (the import): the organisation's company lookup by INN that waits out
     * the rate limit with `pause` instead of refusing, so it shares the minute's quota with people
     * typing; null without a token. DaData's `findById` takes one INN a request: no batches.
     */
    async partyLookup(
      orgId: string,
      pause: (ms: number) => Promise<void>,
    ): Promise<((inn: string, kpp?: string) => Promise<PartyCandidate[]>) | null> {
      const registry = await adapterOf(orgId);
      if (!registry) return null;
      return async (inn, kpp) => {
        for (let turn = limiter.take(orgId); !turn.ok; turn = limiter.take(orgId))
          await pause(turn.retryInSeconds * 1000);
        return registry.findParty(inn, kpp);
      };
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
