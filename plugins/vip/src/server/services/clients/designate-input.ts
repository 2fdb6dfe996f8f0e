import { cleanText } from "@quartet/core";
import { z } from "zod";
import { businessDate } from "../../../contracts/fields.ts";
import { m } from "../../../contracts/messages.ts";

/** A hand designation (special terms) for a tier and those below it, with a reason and an optional last day; or clearing it. */
export const designateClientInput = z.discriminatedUnion("mode", [
  z.object({
    clientId: z.string().min(1, m.chooseClient),
    mode: z.literal("designate"),
    tierKey: z.string().min(1, m.chooseTier),
    reason: cleanText(500, "multiline").min(1, m.sayWhy),
    until: businessDate.nullish(),
  }),
  z.object({ clientId: z.string().min(1, m.chooseClient), mode: z.literal("clear") }),
]);

/** What `designateClient` takes. */
export type DesignateClientInput = z.output<typeof designateClientInput>;
