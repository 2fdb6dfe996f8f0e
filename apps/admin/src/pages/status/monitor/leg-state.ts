import type { Status } from "@quartet/ui";
import type { LegData } from "./monitor-types.ts";

/** How a leg's state shows as a status pill: red only when a reading misses a target the company set. */
export const legPill: Record<LegData["state"], Status> = {
  missing: "inactive",
  bad: "error",
  warn: "warning",
  unknown: "pending",
  ok: "ok",
};
