export * as dadataSamples from "./dadata-fixtures.ts";
export type { DadataAnswer, DadataBank, DadataParty } from "./dadata-shapes.ts";
export { findBankInput, findPartyInput, registryTokenInput } from "./lookup-input.ts";
export { bankFromDadata, partiesFromDadata, partyFromDadata } from "./map-dadata.ts";
export { registryMessages } from "./messages.ts";
export type { BankCandidate, CompanyRegistry, PartyCandidate, PartyStatus } from "./types.ts";
