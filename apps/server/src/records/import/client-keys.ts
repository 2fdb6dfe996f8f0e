import {
  type ClientInput,
  type ContactInput,
  type ExactKey,
  emailDomain,
  exactKeys,
  isFreeMailDomain,
} from "@quartet/core";

/**
 * The exact duplicate keys of an already validated client and its contact — what
 * `exactKeys(dedupKeysOf(…))` gives for the same fields (a test holds them equal), without
 * normalizing phones, emails and the website a second time on the import's hot path.
 */
export function keysOfValidated(client: ClientInput, contact: ContactInput | null): ExactKey[] {
  const phones = contact ? [...client.phones, ...contact.phones] : client.phones;
  const emails = contact ? [...client.emails, ...contact.emails] : client.emails;
  const domains: string[] = client.website ? [client.website] : [];
  for (const email of emails) {
    const domain = emailDomain(email);
    if (!isFreeMailDomain(domain)) domains.push(domain);
  }
  return exactKeys({ inn: client.inn, phones, emails, domains, name: "" });
}

/** One key as a single string, for in-memory sets: `phone:+79161234567`. */
export function keyString(key: ExactKey): string {
  return `${key.kind}:${key.value}`;
}
