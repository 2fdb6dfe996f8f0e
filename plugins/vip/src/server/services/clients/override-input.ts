import { z } from "zod";
import { businessDate } from "../../../contracts/fields.ts";

/** A person's decision on a client: keep it at least at a tier, exclude it, or clear the override. */
export const overrideClientInput = z.discriminatedUnion("mode", [
  z.object({
    clientId: z.string().min(1, "Choose a client"),
    mode: z.literal("keep"),
    tierKey: z.string().min(1, "Choose a tier"),
    reason: z.string().trim().min(1, "Say why").max(500, "At most 500 characters"),
    until: businessDate.nullish(),
  }),
  z.object({
    clientId: z.string().min(1, "Choose a client"),
    mode: z.literal("exclude"),
    reason: z.string().trim().min(1, "Say why").max(500, "At most 500 characters"),
    until: businessDate.nullish(),
  }),
  z.object({ clientId: z.string().min(1, "Choose a client"), mode: z.literal("clear") }),
]);

/** What `overrideClient` takes. */
export type OverrideClientInput = z.output<typeof overrideClientInput>;
