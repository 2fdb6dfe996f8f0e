import { createResource } from "solid-js";
import { useFirstSaleApi } from "../api.ts";

/** Client and member names for a screen of deals, fetched once per set of client ids. */
export function createNames(clientIds: () => readonly string[] | undefined) {
  const api = useFirstSaleApi();
  const [names] = createResource(
    () => {
      const ids = clientIds();
      // Prefixed so that no clients is still a key (the members are wanted); equal keys do not refetch.
      return ids ? `ids:${[...new Set(ids)].sort().join(",")}` : undefined;
    },
    (key) => {
      const ids = key.slice(4);
      return api.deals.names.query({ clientIds: ids ? ids.split(",") : [] });
    },
  );
  // `latest`: a refetch keeps showing the names it has instead of suspending the page.
  return {
    client: (id: string) => names.latest?.clients.find((c) => c.id === id)?.name ?? "",
    member: (id: string | null) =>
      id ? (names.latest?.members.find((m) => m.userId === id)?.name ?? "") : "",
    members: () => names.latest?.members ?? [],
  };
}

/** What `createNames` gives. */
export type Names = ReturnType<typeof createNames>;
