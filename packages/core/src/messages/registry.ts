import { type CatalogData, catalogEntries, type MessageCatalog, type MessageEntry } from "./define.ts";
import { catalogProblems } from "./validate.ts";

const catalogs = new Map<string, Readonly<Record<string, MessageEntry>>>();

/** The namespace and entries of a catalog made by `defineMessages`, or null for anything else. */
export function catalogData(catalog: unknown): CatalogData | null {
  if (typeof catalog !== "object" || catalog === null) return null;
  return (catalog as { [catalogEntries]?: CatalogData })[catalogEntries] ?? null;
}

/**
 * Makes a catalog's messages wordable and returns it. Throws when the catalog is not sound (see
 * `catalogProblems`); registering a namespace again replaces it.
 *
 * @example export const recordMessages = registerMessages(defineMessages("core.records", { … }));
 */
export function registerMessages<C extends MessageCatalog>(catalog: C, expectedNamespace?: string): C {
  const data = catalogData(catalog);
  if (!data) throw new Error("Not a message catalog: build it with defineMessages");
  const problems = catalogProblems(data, expectedNamespace);
  if (problems.length) throw new Error(`Messages of "${data.namespace}": ${problems.join("; ")}`);
  catalogs.set(data.namespace, data.entries);
  return catalog;
}

/** The entry of a registered key, or undefined (plain text, or a namespace nobody registered). */
export function messageEntry(key: string): MessageEntry | undefined {
  const dot = key.lastIndexOf(".");
  if (dot <= 0) return undefined;
  return catalogs.get(key.slice(0, dot))?.[key.slice(dot + 1)];
}

/** True when `key` names a registered message. */
export const isMessageKey = (key: string): boolean => messageEntry(key) !== undefined;
