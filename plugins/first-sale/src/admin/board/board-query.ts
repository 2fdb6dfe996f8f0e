/** The filters the board and the list share, as the address keeps them, so a link reproduces the view. */
export type BoardFilters = {
  mine: boolean;
  /** A hunter's user id, "" for any. */
  hunterId: string;
  /** A deal source as stored, "" for any. */
  source: string;
  rotting: boolean;
  overdue: boolean;
  /** Words of a deal's title or source, "" for none. */
  search: string;
};

/** How far back the board's won and lost columns reach (`deals.board`'s `closed`). */
export type ClosedPeriod = "30d" | "quarter" | "all";

/** Every period, in the order the picker shows them; the first is the board's default. */
export const closedPeriods: readonly ClosedPeriod[] = ["30d", "quarter", "all"];

/**
 * The address query of a board or list view
 * (`?pipeline=…&mine=1&hunter=…&source=…&rotting=1&overdue=1&q=…`, and the board's `closed=quarter`).
 */
export type ViewQuery = {
  pipeline?: string | undefined;
  mine?: string | undefined;
  hunter?: string | undefined;
  source?: string | undefined;
  rotting?: string | undefined;
  overdue?: string | undefined;
  q?: string | undefined;
  closed?: string | undefined;
};

/** No filter at all. */
export const noBoardFilters: BoardFilters = {
  mine: false,
  hunterId: "",
  source: "",
  rotting: false,
  overdue: false,
  search: "",
};

const flag = (value: string | undefined) => value === "1";

/**
 * The filters an address asks for; anything unknown reads as no filter.
 *
 * @example filtersOfQuery({ mine: "1", source: "Сайт" }) // { ...noBoardFilters, mine: true, source: "Сайт" }
 */
export function filtersOfQuery(query: ViewQuery): BoardFilters {
  return {
    mine: flag(query.mine),
    hunterId: query.hunter?.trim() ?? "",
    source: query.source?.trim() ?? "",
    rotting: flag(query.rotting),
    overdue: flag(query.overdue),
    search: query.q ?? "",
  };
}

/** The address query of a filter set: unset filters become `undefined`, which removes them. */
export function queryOfFilters(filters: BoardFilters): Omit<ViewQuery, "pipeline" | "closed"> {
  return {
    mine: filters.mine ? "1" : undefined,
    hunter: filters.hunterId || undefined,
    source: filters.source || undefined,
    rotting: filters.rotting ? "1" : undefined,
    overdue: filters.overdue ? "1" : undefined,
    q: filters.search || undefined,
  };
}

/** The period of the won and lost columns an address asks for; 30 days unless it names another. */
export function closedOfQuery(query: ViewQuery): ClosedPeriod {
  return closedPeriods.find((period) => period === query.closed) ?? "30d";
}

/** How many filters are on, for the "reset" button. */
export function activeFilterCount(filters: BoardFilters): number {
  return [
    filters.mine,
    filters.hunterId,
    filters.source,
    filters.rotting,
    filters.overdue,
    filters.search.trim(),
  ].filter(Boolean).length;
}

/** The server's filter input (`deals.board`, and `deals.page` with it) of a filter set: unset ones are left out. */
export function filterInput(filters: BoardFilters) {
  const search = filters.search.trim();
  return {
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.hunterId ? { hunterId: filters.hunterId } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.rotting ? { rotting: true } : {}),
    ...(filters.overdue ? { nextStepOverdue: true } : {}),
    ...(search ? { search } : {}),
  };
}

/**
 * The address of a view of `pipelineId` under `filters`, with `more` query fields first; the board's
 * period rides along (unless it is the default), so a trip to the list and back keeps it too.
 */
function viewHref(
  path: string,
  pipelineId: string | undefined,
  filters: BoardFilters,
  closed: ClosedPeriod,
  more: object,
) {
  const params = new URLSearchParams();
  if (pipelineId) params.set("pipeline", pipelineId);
  const fields = { ...more, ...queryOfFilters(filters), closed: closed === "30d" ? undefined : closed };
  for (const [key, value] of Object.entries(fields)) if (typeof value === "string") params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The list view of the same deals the board's total counts: the pipeline's open deals under the
 * same filters, so its sums equal the board's.
 *
 * @example listHref("pip_1", { ...noBoardFilters, mine: true }) // "/deals/list?pipeline=pip_1&status=open&mine=1"
 */
export function listHref(
  pipelineId: string | undefined,
  filters: BoardFilters,
  closed: ClosedPeriod = "30d",
): string {
  return viewHref("/deals/list", pipelineId, filters, closed, { status: "open" });
}

/**
 * The board of a pipeline under the list's shared filters (the list's own, such as status or
 * stage, have no place on a board), so switching back keeps the filter.
 *
 * @example boardHref("pip_1", { ...noBoardFilters, search: "Сыр" }) // "/deals?pipeline=pip_1&q=%D0%A1%D1%8B%D1%80"
 */
export function boardHref(
  pipelineId: string | undefined,
  filters: BoardFilters,
  closed: ClosedPeriod = "30d",
): string {
  return viewHref("/deals", pipelineId, filters, closed, {});
}
