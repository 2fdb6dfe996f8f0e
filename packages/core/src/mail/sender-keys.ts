import { publicMailDomains } from "./public-domains.ts";

/** How a sender is looked up among clients: the whole address, then its domain (null for public mail services). */
export type SenderKeys = { email: string; domain: string | null };

/**
 * The lookup keys of a sender's address, lower-cased as core's email and domain keys are kept;
 * null when it is not an address.
 *
 * @example senderKeys("Ivan <Ivan@Romashka.RU>") // { email: "ivan@romashka.ru", domain: "romashka.ru" }
 * @example senderKeys("ivan@mail.ru") // { email: "ivan@mail.ru", domain: null }
 */
export function senderKeys(address: string): SenderKeys | null {
  const bare = (/<([^<>]+)>\s*$/.exec(address)?.[1] ?? address).trim().toLowerCase();
  const at = bare.lastIndexOf("@");
  if (at < 1 || at === bare.length - 1 || /\s/.test(bare)) return null;
  const domain = bare.slice(at + 1).replace(/\.$/, "");
  if (!domain.includes(".")) return null;
  return { email: bare, domain: publicMailDomains.has(domain) ? null : domain };
}
