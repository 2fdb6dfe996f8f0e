import type { Locale } from "@quartet/core";
import { userPreferences } from "@quartet/db/control";
import { eq } from "drizzle-orm";
import type { NotificationsDeps } from "./deps.ts";

/** The language a member reads notifications in: their saved locale, else the organisation's, else Russian. */
export async function recipientLocale(
  deps: Pick<NotificationsDeps, "control" | "people">,
  orgId: string,
  userId: string,
): Promise<Locale> {
  const [prefs] = await deps.control.db
    .select({ locale: userPreferences.locale })
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId));
  if (prefs?.locale === "ru" || prefs?.locale === "en") return prefs.locale;
  return (await deps.people.organisation(orgId)).locale ?? "ru";
}
