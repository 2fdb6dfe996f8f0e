import {
  type BoardFilters,
  filterInput,
  filtersOfQuery,
  noBoardFilters,
  type ViewQuery,
} from "../board/board-query.ts";

/** The list's filters as the screen holds them ("" = any): the board's, and a few of its own. */
export type ListFilters = BoardFilters & {
  pipelineId: string;
  stageId: string;
  status: "" | "open" | "won" | "lost";
  search: string;
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
 * The filters an address asks for, as the board's "open as a list" link writes them
 * (`?pipeline=…&status=open&mine=1…`); anything unknown reads as no filter.
 */
export function listFiltersOf(query: ViewQuery & { status?: string | undefined }): ListFilters {
  const status = statuses.find((s) => s === query.status) ?? "";
  return { ...noFilters, ...filtersOfQuery(query), pipelineId: query.pipeline ?? "", status };
}

/** True when two filter sets ask for the same deals. */
export function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return (Object.keys(a) as (keyof ListFilters)[]).every((key) => a[key] === b[key]);
}

/** `deals.page`'s input for a set of filters, an order and a page (from 1): empty filters are left out. */
export function pageInput(filters: ListFilters, sort: ListSort, page: number, pageSize: number) {
  const search = filters.search.trim();
  return {
    sort,
    limit: pageSize,
    offset: (page - 1) * pageSize,
    ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}),
    ...(filters.stageId ? { stageId: filters.stageId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...filterInput(filters),
    ...(search ? { search } : {}),
  };
}

/** How many pages `total` deals fill (at least one, so "page 1 of 1" reads right when none match). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
