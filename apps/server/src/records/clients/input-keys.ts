import { type DedupKeys, dedupKeysOf } from "@quartet/core";

type Fields = {
  name: string;
  inn?: string | null;
  phones?: readonly string[];
  emails?: readonly string[];
  website?: string | null;
};

/** The matching keys of a client's fields together with its contacts' phones and emails. */
export function keysOfClient(client: Fields, people: readonly Omit<Fields, "name">[] = []): DedupKeys {
  return dedupKeysOf({
    name: client.name,
    inn: client.inn,
    phones: [...(client.phones ?? []), ...people.flatMap((p) => p.phones ?? [])],
    emails: [...(client.emails ?? []), ...people.flatMap((p) => p.emails ?? [])],
    websites: [client.website],
  });
}
