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

/** `deals.list`'s input for a set of filters: empty ones are left out. */
export function listInput(filters: ListFilters, cursor: string | undefined, limit: number) {
  const search = filters.search.trim();
  return {
    limit,
    ...(cursor ? { cursor } : {}),
    ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}),
    ...(filters.stageId ? { stageId: filters.stageId } : {}),
    ...(filters.hunterId ? { hunterId: filters.hunterId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.rotting ? { rotting: true } : {}),
    ...(search ? { search } : {}),
  };
}

type Sortable = {
  title: string;
  createdAt: number;
  amount: { amountMinor: number };
  expectedCloseOn: string | null;
};

/**
 * A page of deals in the chosen order. The server pages newest first; other orders sort the page
 * shown. Deals without an expected date go last; ties keep the server's order.
 */
export function sortDeals<T extends Sortable>(rows: readonly T[], sort: ListSort, locale: string): T[] {
  const compare: Record<ListSort, (a: T, b: T) => number> = {
    newest: (a, b) => b.createdAt - a.createdAt,
    oldest: (a, b) => a.createdAt - b.createdAt,
    "amount-desc": (a, b) => b.amount.amountMinor - a.amount.amountMinor,
    "amount-asc": (a, b) => a.amount.amountMinor - b.amount.amountMinor,
    "close-date": (a, b) => (a.expectedCloseOn ?? "9999").localeCompare(b.expectedCloseOn ?? "9999"),
    title: (a, b) => a.title.localeCompare(b.title, locale),
  };
  return [...rows].sort(compare[sort]);
}
