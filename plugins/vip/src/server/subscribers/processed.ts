import { processedEventsGuard } from "@quartet/core/plugin";
import { processedEvents } from "../../db/schema.ts";

/**
 * Records that `subscriber` handled `eventId`; false when it already had — the redelivery then
 * does nothing. Runs in the delivery's transaction, so a rolled-back handling leaves no mark.
 */
export const firstDelivery = processedEventsGuard(processedEvents);
