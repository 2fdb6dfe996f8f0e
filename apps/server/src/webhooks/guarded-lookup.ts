import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { addressKind } from "./address-kind.ts";
import type { UrlPolicy } from "./url-policy.ts";

/** Raised when a host name resolves into a private network (or to this machine outside test mode). */
export class PrivateTarget extends Error {}

/** Whether every address a name resolves to may be reached under the policy. */
export function addressesAllowed(addresses: readonly LookupAddress[], policy: UrlPolicy): boolean {
  return addresses.every((entry) => {
    const kind = addressKind(entry.address);
    return kind === "public" || (kind === "loopback" && policy.allowLoopback);
  });
}

/**
 * A DNS lookup for outgoing webhook connections that refuses private targets at connect time, so
 * a name that resolved to a public address when the endpoint was saved cannot later lead inside
 * (DNS rebinding): the socket connects only to an address this check has seen.
 */
export function guardedLookup(policy: UrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      if (list.length === 0 || !addressesAllowed(list, policy)) {
        return callback(new PrivateTarget(hostname), "", 0);
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, list);
      const [first] = list as [LookupAddress];
      callback(null, first.address, first.family);
    });
  };
}

/** Resolves a host name the way a delivery will, for a field error when the endpoint is saved. */
export function resolveHost(hostname: string, policy: UrlPolicy): Promise<"ok" | "private" | "unresolvable"> {
  return new Promise((resolve) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error || addresses.length === 0) return resolve("unresolvable");
      resolve(addressesAllowed(addresses, policy) ? "ok" : "private");
    });
  });
}
