import { exportUrl } from "../../lib/export-url.ts";

/** The client list's sort keys, as `core.clients.list` takes them. */
export const clientSorts = ["updatedAt", "createdAt", "name"] as const;

/** One of `clientSorts`. */
export type ClientSort = (typeof clientSorts)[number];

/** The client list's lifecycle stages, in order. */
export const clientStages = ["prospect", "lead", "negotiation", "customer"] as const;

/** One of `clientStages`. */
export type ClientStage = (typeof clientStages)[number];

/** The list's filters as the user sets them; empty text means any. */
export type ClientFilters = {
  search: string;
  stage: ClientStage | "";
  region: string;
  industry: string;
  tag: string;
  mine: boolean;
  sort: ClientSort;
};

/** No filter, newest changes first. */
export const noClientFilters: ClientFilters = {
  search: "",
  stage: "",
  region: "",
  industry: "",
  tag: "",
  mine: false,
  sort: "updatedAt",
};

/** What `core.clients.count` and the export take: blanks dropped, text trimmed. */
export type ClientQuery = {
  search?: string;
  stage?: ClientStage;
  region?: string;
  industry?: string;
  tag?: string;
  ownerId?: string;
};

/**
 * The server filters for what the user set; "mine" needs the user's id.
 *
 * @example clientQuery({ ...noClientFilters, search: " 7707 " }, null) // { search: "7707" }
 */
export function clientQuery(filters: ClientFilters, userId: string | null): ClientQuery {
  const query: ClientQuery = {};
  const text = (value: string) => value.trim() || undefined;
  const search = text(filters.search);
  if (search) query.search = search;
  if (filters.stage) query.stage = filters.stage;
  for (const key of ["region", "industry", "tag"] as const) {
    const value = text(filters[key]);
    if (value) query[key] = value;
  }
  if (filters.mine && userId) query.ownerId = userId;
  return query;
}

/** Whether anything narrows the list (the sort does not). */
export function hasClientFilters(filters: ClientFilters): boolean {
  return Object.keys(clientQuery(filters, "me")).length > 0;
}

/**
 * The address of the CSV export of the clients these filters show, with the header language.
 *
 * @example clientsExportUrl({ stage: "lead" }, "ru") // "/api/v1/exports/clients.csv?stage=lead&locale=ru"
 */
export function clientsExportUrl(query: ClientQuery, locale: string): string {
  return exportUrl("clients", query, locale);
}
