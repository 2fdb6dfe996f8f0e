import {
  type BoardFilters,
  filterInput,
  filtersOfQuery,
  noBoardFilters,
  queryOfFilters,
  type ViewQuery,
} from "../board/board-query.ts";

/** The list's filters as the screen holds them ("" = any): the board's, and a few of its own. */
export type ListFilters = BoardFilters & {
  pipelineId: string;
  stageId: string;
  status: "" | "open" | "won" | "lost";
};

/** The list's address query: the board's, its own stage and status, and the sort. */
export type ListQuery = ViewQuery & {
  stage?: string | undefined;
  status?: string | undefined;
  sort?: string | undefined;
};

/** How the list is sorted. */
export type ListSort = "newest" | "oldest" | "amount-desc" | "amount-asc" | "close-date" | "title";

/** Every sort, in the order the picker shows them. */
export const listSorts: readonly ListSort[] = [
  "newest",
  "oldest",
  "amount-desc",
  "amount-asc",
  "close-date",
  "title",
];

/** No filter at all. */
export const noFilters: ListFilters = {
  ...noBoardFilters,
  pipelineId: "",
  stageId: "",
  status: "",
  search: "",
};

const statuses = ["open", "won", "lost"] as const;

/**
 * The filters an address asks for, as the board's "open as a list" link and the list itself write
 * them (`?pipeline=…&stage=…&status=open&mine=1&q=…`); anything unknown reads as no filter.
 */
export function listFiltersOf(query: ListQuery): ListFilters {
  const status = statuses.find((s) => s === query.status) ?? "";
  const pipelineId = query.pipeline ?? "";
  const stageId = pipelineId ? (query.stage ?? "") : "";
  return { ...noFilters, ...filtersOfQuery(query), pipelineId, stageId, status };
}

/** The order an address asks for; newest first unless it names another. */
export function sortOfQuery(query: ListQuery): ListSort {
  return listSorts.find((sort) => sort === query.sort) ?? "newest";
}

/**
 * The address query of the list's filters and order, which the list writes back as they change, so
 * a copied link opens the same list: unset ones become `undefined`, which removes them.
 *
 * @example listQueryOf({ ...noFilters, status: "won" }, "newest") // { status: "won", pipeline: undefined, … }
 */
export function listQueryOf(filters: ListFilters, sort: ListSort): ListQuery {
  return {
    ...queryOfFilters(filters),
    pipeline: filters.pipelineId || undefined,
    stage: filters.stageId || undefined,
    status: filters.status || undefined,
    sort: sort === "newest" ? undefined : sort,
  };
}

/** True when two filter sets ask for the same deals. */
export function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return (Object.keys(a) as (keyof ListFilters)[]).every((key) => a[key] === b[key]);
}

/** `deals.page`'s input for a set of filters, an order and a page (from 1): empty filters are left out. */
export function pageInput(filters: ListFilters, sort: ListSort, page: number, pageSize: number) {
  return {
    sort,
    limit: pageSize,
    offset: (page - 1) * pageSize,
    ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}),
    ...(filters.stageId ? { stageId: filters.stageId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...filterInput(filters),
  };
}

/** How many pages `total` deals fill (at least one, so "page 1 of 1" reads right when none match). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
