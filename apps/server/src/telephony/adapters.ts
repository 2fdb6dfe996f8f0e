import type { AnyPbxAdapter } from "@quartet/core";
import { zadarmaAdapter } from "@quartet/telephony-zadarma";

/**
 * The PBX adapters this server offers, by id. A new provider (Mango Office, UIS) is a package
 * implementing `PbxAdapter` and one line here (docs/telephony.md).
 */
export const telephonyAdapters: ReadonlyMap<string, AnyPbxAdapter> = new Map(
  [zadarmaAdapter()].map((adapter) => [adapter.id, adapter]),
);

/** The owner id of telephony's public keys in the control database's key registry. */
export const telephonyHookOwner = "telephony";
