/** The list's filters as the screen holds them ("" = any). */
export type ListFilters = {
  pipelineId: string;
  stageId: string;
  hunterId: string;
  status: "" | "open" | "won" | "lost";
  rotting: boolean;
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
  pipelineId: "",
  stageId: "",
  hunterId: "",
  status: "",
  rotting: false,
  search: "",
};

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
    ...(filters.hunterId ? { hunterId: filters.hunterId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.rotting ? { rotting: true } : {}),
    ...(search ? { search } : {}),
  };
}

/** How many pages `total` deals fill (at least one, so "page 1 of 1" reads right when none match). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
