import { z } from "zod";
import type { HealthReading } from "./health.ts";

const words = z.object({ en: z.string().trim().min(1), ru: z.string().trim().min(1) });

/**
 * The shape of one `HealthReading` as a plugin's `health` must answer it: a key, a label in both
 * languages, a finite value or null (no data yet), a status, and the optional target, its source,
 * unit, trend and admin path. The conformance check validates a plugin's readings with it.
 *
 * @example healthReadingSchema.array().safeParse(await plugin.health(ctx)).success
 */
export const healthReadingSchema = z.strictObject({
  key: z.string().min(1),
  label: words,
  value: z.number().finite().nullable(),
  target: z.number().finite().optional(),
  targetSource: z.enum(["organisation", "default"]).optional(),
  unit: z.enum(["count", "percent", "hours", "days", "money", "per-hour"]).optional(),
  status: z.enum(["ok", "warn", "bad", "unknown"]),
  trend: z.number().finite().optional(),
  href: z.string().startsWith("/").optional(),
}) satisfies z.ZodType<HealthReading>;
