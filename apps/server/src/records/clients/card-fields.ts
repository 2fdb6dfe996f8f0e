/**
 * The client card's one-value fields that may be filled from another record when blank: by a
 * merge (from the merged-away client) and by an import row matching the client (`update`).
 */
export const cardScalarFields = [
  "legalName",
  "inn",
  "kpp",
  "ogrn",
  "website",
  "address",
  "region",
  "city",
  "industry",
] as const;
