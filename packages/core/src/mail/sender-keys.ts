import { emailDomain, normalizeEmail } from "../clients/contacts.ts";
import { isFreeMailDomain } from "../clients/free-mail.ts";

/** How a sender is looked up among clients: the whole address, then its domain (null for public mail services). */
export type SenderKeys = { email: string; domain: string | null };

/**
 * The lookup keys of a sender's address, normalised as core's email and domain keys are kept
 * (`normalizeEmail`; public mail services such as mail.ru or gmail.com give no domain, as in
 * duplicate detection); null when it is not an address.
 *
 * @example senderKeys("Ivan <Ivan@Romashka.RU>") // { email: "ivan@romashka.ru", domain: "romashka.ru" }
 * @example senderKeys("ivan@mail.ru") // { email: "ivan@mail.ru", domain: null }
 */
export function senderKeys(address: string): SenderKeys | null {
  const email = normalizeEmail(/<([^<>]+)>\s*$/.exec(address)?.[1] ?? address);
  if (!email.ok) return null;
  const domain = emailDomain(email.value);
  return { email: email.value, domain: isFreeMailDomain(domain) ? null : domain };
}
