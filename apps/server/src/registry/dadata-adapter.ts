import {
  bankFromDadata,
  type CompanyRegistry,
  type DadataAnswer,
  type DadataBank,
  type DadataParty,
  DomainError,
  partiesFromDadata,
  registryMessages,
} from "@quartet/core";

/** DaData's suggestions API; `QUARTET_REGISTRY_URL` points elsewhere (a fake in tests, a proxy). */
export const dadataUrl = "https://suggestions.dadata.ru/suggestions/api/4_1/rs";

/** Where and how the adapter reaches a DaData-compatible API. */
export type DadataOptions = { baseUrl: string; token: string; timeoutMs?: number };

/**
 * The company registry over DaData's `findById/party` and `findById/bank` (POST JSON,
 * `Authorization: Token <key>`). A refused token, a timeout, a network failure or a bad answer is a
 * PRECONDITION_FAILED refusal worded from the catalog; the token never appears in it.
 */
export function createDadataRegistry(options: DadataOptions): CompanyRegistry {
  const base = options.baseUrl.replace(/\/+$/, "");
  async function ask<T>(path: string, body: Record<string, unknown>): Promise<DadataAnswer<T>> {
    let response: Response;
    try {
      response = await fetch(`${base}/findById/${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          authorization: `Token ${options.token}`,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
    } catch (err) {
      throw unavailable(path, err instanceof Error ? err.name : "network");
    }
    if (response.status === 401 || response.status === 403) {
      throw new DomainError("PRECONDITION_FAILED", registryMessages.tokenRefused, {
        details: { registry: path, status: response.status },
      });
    }
    if (!response.ok) throw unavailable(path, `HTTP ${response.status}`);
    try {
      return (await response.json()) as DadataAnswer<T>;
    } catch {
      throw unavailable(path, "not JSON");
    }
  }
  return {
    async findParty(inn, kpp) {
      return partiesFromDadata(await ask<DadataParty>("party", kpp ? { query: inn, kpp } : { query: inn }));
    },
    async findBank(bik) {
      return bankFromDadata(await ask<DadataBank>("bank", { query: bik }));
    },
  };
}

function unavailable(registry: string, reason: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", registryMessages.unavailable, {
    details: { registry, reason },
  });
}
