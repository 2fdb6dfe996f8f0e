import { clientFilters } from "../clients/list/list-input.ts";
import { instantParam, localeParam } from "./query-params.ts";

/**
 * The query of a clients export: the filters of `core.clients.list` (search, stage, tier, region,
 * industry, tag, owner, created range) as query parameters, and the header language.
 *
 * @example /api/v1/exports/clients.csv?stage=lead&region=Москва&tag=vip&locale=ru
 */
export const clientExportQuery = clientFilters.extend({
  createdFrom: instantParam.optional(),
  createdTo: instantParam.optional(),
  locale: localeParam,
});
