import type { CoreOutputs } from "@quartet/ui";

/**
 * A contact person as the deal's screens and pure helpers read it: the slice of a contact of
 * `core.clients.get` they use (the full answer is assignable to it).
 */
export type CoreContact = {
  id: string;
  name: string;
  position: string | null;
  phones: string[];
  emails: string[];
};

/** A client's page as the recipients helper reads it: the slice of `core.clients.get`'s answer it uses. */
export type CoreClientPage =
  | {
      merged: false;
      client: { id: string; name: string; stage: string; emails: string[] };
      contacts: CoreContact[];
    }
  | { merged: true; id: string; name: string; mergedIntoId: string };

/** A catalog product, as `core.catalog.products.list` answers it. */
export type CoreProduct = CoreOutputs["catalog"]["products"]["list"]["items"][number];
