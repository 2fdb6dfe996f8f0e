import type { People } from "../people/index.ts";

/** The organisation's language, in which stored timeline texts are written (readers see their own). */
export async function orgLocale(people: Pick<People, "organisation">, orgId: string): Promise<"ru" | "en"> {
  return (await people.organisation(orgId)).locale === "en" ? "en" : "ru";
}
