import { z } from "zod";
import { businessDate } from "../../../contracts/fields.ts";

/** A hand designation (special terms) for a tier and those below it, with a reason and an optional last day; or clearing it. */
export const designateClientInput = z.discriminatedUnion("mode", [
  z.object({
    clientId: z.string().min(1, "Choose a client"),
    mode: z.literal("designate"),
    tierKey: z.string().min(1, "Choose a tier"),
    reason: z.string().trim().min(1, "Say why").max(500, "At most 500 characters"),
    until: businessDate.nullish(),
  }),
  z.object({ clientId: z.string().min(1, "Choose a client"), mode: z.literal("clear") }),
]);

/** What `designateClient` takes. */
export type DesignateClientInput = z.output<typeof designateClientInput>;
