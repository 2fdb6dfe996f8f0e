import { hostMessages } from "@quartet/core";
import { z } from "zod";

/** Longest search text: a name, a phone, an INN or an email fits with room to spare. */
export const maxSearchText = 100;

/** What `core.search.query` takes: the text (1–100 characters once trimmed) and hits per group (1–20, default 5). */
export const searchInput = z.object({
  q: z
    .string()
    .trim()
    .min(1, hostMessages.typeToSearch)
    .max(maxSearchText, `At most ${maxSearchText} characters`),
  limit: z.number().int().min(1).max(20).default(5),
});

/** The parsed input of a search. */
export type SearchInput = z.output<typeof searchInput>;
