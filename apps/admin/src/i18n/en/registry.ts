/** The requisites service: company lookup by INN on the client form, bank lookup by BIK, its settings block. */
export const registry = {
  settings: {
    title: "Requisites service",
    description:
      "Fills a company's requisites by its INN and a bank's by its BIK from DaData or a compatible service. Without a key the forms work as usual.",
    token: "API key",
    tokenHint: "Kept on the server and never shown again.",
    configured: "A key is set: typing an INN fills the requisites.",
    notConfigured: "No key: lookups are off.",
    save: "Save key",
    remove: "Remove key",
    saved: "Key saved",
    removed: "Key removed",
    readOnly: "Only an administrator can change the key.",
  },
  party: {
    looking: "Looking the INN up in the registry…",
    notFound: "The registry has no company with this INN.",
    found: "Found in the registry",
    several: {
      one: "The registry has {count} entry for this INN; pick one.",
      other: "The registry has {count} entries for this INN; pick one.",
    },
    fill: "Fill",
    fillNamed: "Fill the form from {name}",
    filled: "Filled from the registry: {fields}.",
    replaces: "Will replace what you typed: {fields}.",
    director: "Director",
    inn: "INN",
    kpp: "KPP",
    ogrn: "OGRN",
    status: {
      active: "Active",
      liquidating: "Being liquidated",
      liquidated: "Liquidated",
      bankrupt: "Bankrupt",
      reorganizing: "Reorganising",
    },
  },
  bank: { fill: "Fill from BIK", notFound: "The registry has no bank with this BIK." },
};
