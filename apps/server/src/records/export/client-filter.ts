import { z } from "zod";
import { clientFilters } from "../clients/list/list-input.ts";

/**
 * The query of a clients export: the filters of `core.clients.list` (search, stage, tier, region,
 * industry, tag, owner, created range) as query parameters, and the header language.
 *
 * @example /api/v1/exports/clients.csv?stage=lead&region=Москва&tag=vip&locale=ru
 */
export const clientExportQuery = clientFilters.extend({
  createdFrom: z.coerce.number().int().min(0).optional(),
  createdTo: z.coerce.number().int().min(0).optional(),
  locale: z.enum(["ru", "en"]).default("ru"),
});
