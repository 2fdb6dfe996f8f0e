import { createResource } from "solid-js";
import { useFirstSaleApi } from "../api.ts";

/** Client and member names for a screen of deals, fetched once per set of client ids. */
export function createNames(clientIds: () => readonly string[] | undefined) {
  const api = useFirstSaleApi();
  const [names] = createResource(
    () => {
      const ids = clientIds();
      // A non-empty key even for no clients: the members are still wanted.
      return ids ? { key: [...new Set(ids)].sort().join(",") } : undefined;
    },
    ({ key }) => api.deals.names.query({ clientIds: key ? key.split(",") : [] }),
  );
  return {
    client: (id: string) => names()?.clients.find((c) => c.id === id)?.name ?? "",
    member: (id: string | null) => (id ? (names()?.members.find((m) => m.userId === id)?.name ?? "") : ""),
    members: () => names()?.members ?? [],
  };
}

/** What `createNames` gives. */
export type Names = ReturnType<typeof createNames>;
