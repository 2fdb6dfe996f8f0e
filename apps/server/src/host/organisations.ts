import { type Clock, DomainError, inputMessages, newId, peopleMessages } from "@quartet/core";
import { type DatabaseHandle, orgDatabaseUrl, writeTransaction } from "@quartet/db";
import { organisations } from "@quartet/db/control";
import { asc, eq, or } from "drizzle-orm";
import type { ServerConfig } from "../config.ts";

/** An organisation as the control database records it. */
export type Organisation = typeof organisations.$inferSelect;

/** Lower-case latin slug from a name (Cyrillic transliterated), for CLI and URLs. */
export function slugify(name: string): string {
  const map: Record<string, string> = {
    а: "a",
    б: "b",
    в: "v",
    г: "g",
    д: "d",
    е: "e",
    ё: "e",
    ж: "zh",
    з: "z",
    и: "i",
    й: "y",
    к: "k",
    л: "l",
    м: "m",
    н: "n",
    о: "o",
    п: "p",
    р: "r",
    с: "s",
    т: "t",
    у: "u",
    ф: "f",
    х: "h",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "sch",
    ъ: "",
    ы: "y",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
  };
  const latin = [...name.toLowerCase()].map((ch) => map[ch] ?? ch).join("");
  const slug = latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return slug || "org";
}

/** Where a new organisation's database lives: a file under the data directory, or a libSQL server. */
export function databaseTargetFor(
  config: ServerConfig,
  orgId: string,
): { url: string; authToken: string | null } {
  if (config.orgDbUrlTemplate) {
    return { url: config.orgDbUrlTemplate.replaceAll("{org}", orgId), authToken: config.orgDbAuthToken };
  }
  return { url: orgDatabaseUrl(config.dataDir, orgId), authToken: null };
}

/** Reads and creates organisations in the control database. */
export function createOrganisationStore(control: DatabaseHandle, config: ServerConfig, clock: Clock) {
  return {
    async create(input: { name: string; slug?: string }): Promise<Organisation> {
      const name = input.name.trim();
      if (!name)
        throw new DomainError("BAD_INPUT", peopleMessages.nameOrg, {
          fields: { name: peopleMessages.required },
        });
      if (name.length > 200)
        throw new DomainError("BAD_INPUT", peopleMessages.nameTooLong, {
          fields: { name: { key: inputMessages.maxChars, params: { maximum: 200, count: 200 } } },
        });
      const slug = input.slug ? slugify(input.slug) : await this.freeSlug(slugify(name));
      if (await this.find(slug))
        throw new DomainError("CONFLICT", peopleMessages.slugTaken, {
          params: { slug },
          fields: { slug: peopleMessages.taken },
        });
      const id = newId("org", clock.now());
      const target = databaseTargetFor(config, id);
      const row = {
        id,
        name,
        slug,
        dbUrl: target.url,
        dbAuthToken: target.authToken,
        createdAt: clock.now(),
      };
      await writeTransaction(control, (tx) => tx.insert(organisations).values(row));
      return this.get(id);
    },
    /** Forgets an organisation whose database could not be created; nothing refers to it yet. */
    async remove(id: string): Promise<void> {
      await writeTransaction(control, (tx) => tx.delete(organisations).where(eq(organisations.id, id)));
    },
    async freeSlug(base: string): Promise<string> {
      for (let n = 1; ; n++) {
        const candidate = n === 1 ? base : `${base}-${n}`;
        if (!(await this.find(candidate))) return candidate;
      }
    },
    /** By id or slug. */
    async find(idOrSlug: string): Promise<Organisation | undefined> {
      const [row] = await control.db
        .select()
        .from(organisations)
        .where(or(eq(organisations.id, idOrSlug), eq(organisations.slug, idOrSlug)));
      return row;
    },
    async get(idOrSlug: string): Promise<Organisation> {
      const row = await this.find(idOrSlug);
      if (!row)
        throw new DomainError("NOT_FOUND", peopleMessages.noOrganisation, { params: { org: idOrSlug } });
      return row;
    },
    async list(): Promise<Organisation[]> {
      return control.db.select().from(organisations).orderBy(asc(organisations.createdAt));
    },
    async ids(): Promise<string[]> {
      return (await control.db.select({ id: organisations.id }).from(organisations)).map((row) => row.id);
    },
  };
}

/** The organisation store's type. */
export type OrganisationStore = ReturnType<typeof createOrganisationStore>;
