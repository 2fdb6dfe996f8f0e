import type { OutputOf } from "../../lib/api-types.ts";
import type { QuartetClient } from "../../lib/trpc.ts";

type Registry = QuartetClient["core"]["registry"];

/** What `core.registry.findParty` answers. */
export type PartyLookup = OutputOf<Registry["findParty"]>;
/** A company or sole trader the registry found for an INN. */
export type PartyCandidate = Extract<PartyLookup, { available: true }>["candidates"][number];
/** What `core.registry.findBank` answers. */
export type BankLookup = OutputOf<Registry["findBank"]>;
