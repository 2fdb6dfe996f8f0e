import type { OrgDatabase } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { and, asc, gt, type SQL } from "drizzle-orm";

const pageSize = 1000;

/**
 * Every client matching `where`, in id order, read a page of 1,000 at a time by keyset
 * (`id > last`), so an export of 100,000 clients never holds more than one page.
 */
export async function* clientRows(
  db: OrgDatabase,
  where: SQL | undefined,
): AsyncGenerator<Record<string, unknown>> {
  let after: string | null = null;
  for (;;) {
    const page: Record<string, unknown>[] = await db
      .select({
        id: clients.id,
        name: clients.name,
        kind: clients.kind,
        legalName: clients.legalName,
        inn: clients.inn,
        kpp: clients.kpp,
        ogrn: clients.ogrn,
        phones: clients.phones,
        emails: clients.emails,
        website: clients.website,
        address: clients.address,
        region: clients.region,
        city: clients.city,
        industry: clients.industry,
        tags: clients.tags,
        stage: clients.stage,
        tier: clients.tier,
        source: clients.source,
        createdAt: clients.createdAt,
      })
      .from(clients)
      .where(and(where, after ? gt(clients.id, after) : undefined))
      .orderBy(asc(clients.id))
      .limit(pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = String(page.at(-1)?.id);
  }
}
