import type { ServiceContext } from "@quartet/core";
import { corePermissions } from "@quartet/core";
import type { SearchHit } from "@quartet/core/plugin";
import { type ListClientsInput, listClients } from "../records/clients/index.ts";
import { planSearch } from "../records/clients/list/search.ts";
import { coreGroups } from "./groups.ts";
import type { KeyMatch } from "./key-matches.ts";

/**
 * Clients the actor sees whose INN, phone, email or domain equals the text, else whose name starts
 * with it (the client list's own search, driven by `core_client_keys` and the name index), A→Z.
 * Each hit says what matched: the key (from `matches`) or the name.
 */
export async function clientHits(
  ctx: ServiceContext,
  q: string,
  limit: number,
  matches: readonly KeyMatch[],
): Promise<SearchHit[]> {
  const plan = planSearch(q);
  if (plan.keys.length === 0 && !plan.name) return []; // "ООО" alone: a legal form, not a name
  const input: ListClientsInput = { search: q, sort: "name", limit };
  const { items } = await listClients({ ctx, input });
  const byClient = new Map(matches.map((m) => [m.clientId, m]));
  return items.map((client) => {
    const key = byClient.get(client.id);
    return {
      group: coreGroups.client,
      id: client.id,
      label: client.name,
      detail: client.city ?? client.region,
      matched: key ? { field: key.kind, value: key.value } : { field: "name", value: client.name },
      href: `/clients/${client.id}`,
      clientId: client.id,
      permission: corePermissions.clientsRead.id,
    };
  });
}
