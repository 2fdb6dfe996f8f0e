import { normalizeEmail, normalizePhone } from "@quartet/core";
import { type SearchField, type SearchHit, type SearchProvider, searchSpellings } from "@quartet/core/plugin";
import { desc, eq, type SQL, sql } from "drizzle-orm";
import { prospectingPermissions } from "../contracts/permissions.ts";
import type { ProspectingSettings } from "../contracts/settings.ts";
import { requests } from "../db/requests.ts";

const group = { key: "prospecting.request", name: { en: "Leads and requests", ru: "Лиды и заявки" } };

/** How a text is looked for among requests: an exact phone or email, else a name or company holding it. */
export function requestCondition(q: string): { field: SearchField; where: SQL } {
  const raw = q.trim();
  if (raw.includes("@")) {
    const email = normalizeEmail(raw);
    if (email.ok) return { field: "email", where: eq(requests.contactEmail, email.value) };
  }
  const phone =
    /^[\d\s()+\-.]+$/.test(raw) && raw.replace(/\D/g, "").length >= 7 ? normalizePhone(raw) : null;
  if (phone?.ok) return { field: "phone", where: eq(requests.contactPhone, phone.value) };
  const holds = searchSpellings(raw).flatMap((s) => [
    sql`instr(${requests.contactName}, ${s}) > 0`,
    sql`instr(${requests.contactCompany}, ${s}) > 0`,
  ]);
  return { field: "name", where: sql`(${sql.join(holds, sql` or `)})` };
}

/**
 * Inbound requests and leads for the top bar's search, by the contact's phone or email (any
 * format) or the words of their name or company, newest first. `prospecting_requests` has no
 * index on these columns yet, so the read walks the table, bounded by `limit`. A request tied to a
 * client opens that client's page; one without opens the inbox.
 */
export const prospectingSearch: SearchProvider<ProspectingSettings> = async (ctx, q, limit) => {
  const { field, where } = requestCondition(q);
  const rows = await ctx.org.db
    .select({
      id: requests.id,
      name: requests.contactName,
      company: requests.contactCompany,
      phone: requests.contactPhone,
      email: requests.contactEmail,
      telegram: requests.telegramUsername,
      clientId: requests.clientId,
    })
    .from(requests)
    .where(where)
    .orderBy(desc(requests.receivedAt))
    .limit(limit);
  return rows.map((r): SearchHit => {
    const label = r.name ?? r.company ?? r.phone ?? r.email ?? (r.telegram ? `@${r.telegram}` : "—");
    const value = field === "phone" ? r.phone : field === "email" ? r.email : (r.name ?? r.company);
    return {
      group,
      id: r.id,
      label,
      detail: r.name && r.company ? r.company : null,
      matched: { field, value: value ?? label },
      href: r.clientId ? `/clients/${r.clientId}` : `/leads?request=${r.id}`,
      clientId: r.clientId,
      permission: prospectingPermissions.inboxRead.id,
    };
  });
};
