/** The board's filters as the address keeps them, so a link reproduces the view. */
export type BoardFilters = {
  mine: boolean;
  /** A hunter's user id, "" for any. */
  hunterId: string;
  /** A deal source as stored, "" for any. */
  source: string;
  rotting: boolean;
  overdue: boolean;
};

/** The address query of a board or list view (`?pipeline=…&mine=1&hunter=…&source=…&rotting=1&overdue=1`). */
export type ViewQuery = {
  pipeline?: string | undefined;
  mine?: string | undefined;
  hunter?: string | undefined;
  source?: string | undefined;
  rotting?: string | undefined;
  overdue?: string | undefined;
};

/** No filter at all. */
export const noBoardFilters: BoardFilters = {
  mine: false,
  hunterId: "",
  source: "",
  rotting: false,
  overdue: false,
};

const flag = (value: string | undefined) => value === "1";

/**
 * The filters an address asks for; anything unknown reads as no filter.
 *
 * @example filtersOfQuery({ mine: "1", source: "Сайт" }) // { mine: true, hunterId: "", source: "Сайт", rotting: false, overdue: false }
 */
export function filtersOfQuery(query: ViewQuery): BoardFilters {
  return {
    mine: flag(query.mine),
    hunterId: query.hunter?.trim() ?? "",
    source: query.source?.trim() ?? "",
    rotting: flag(query.rotting),
    overdue: flag(query.overdue),
  };
}

/** The address query of a filter set: unset filters become `undefined`, which removes them. */
export function queryOfFilters(filters: BoardFilters): Omit<ViewQuery, "pipeline"> {
  return {
    mine: filters.mine ? "1" : undefined,
    hunter: filters.hunterId || undefined,
    source: filters.source || undefined,
    rotting: filters.rotting ? "1" : undefined,
    overdue: filters.overdue ? "1" : undefined,
  };
}

/** How many filters are on, for the "reset" button. */
export function activeFilterCount(filters: BoardFilters): number {
  return [filters.mine, filters.hunterId, filters.source, filters.rotting, filters.overdue].filter(Boolean)
    .length;
}

/** The server's filter input (`deals.board`, and `deals.page` with it) of a filter set: unset ones are left out. */
export function filterInput(filters: BoardFilters) {
  return {
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.hunterId ? { hunterId: filters.hunterId } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.rotting ? { rotting: true } : {}),
    ...(filters.overdue ? { nextStepOverdue: true } : {}),
  };
}

/**
 * The list view of the same deals the board's total counts: the pipeline's open deals under the
 * same filters, so its sums equal the board's.
 *
 * @example listHref("pip_1", { ...noBoardFilters, mine: true }) // "/deals/list?pipeline=pip_1&status=open&mine=1"
 */
export function listHref(pipelineId: string | undefined, filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (pipelineId) params.set("pipeline", pipelineId);
  params.set("status", "open");
  for (const [key, value] of Object.entries(queryOfFilters(filters))) if (value) params.set(key, value);
  return `/deals/list?${params.toString()}`;
}
