import { cleanText } from "@quartet/core";
import { z } from "zod";
import { businessDate } from "../../../contracts/fields.ts";
import { m } from "../../../contracts/messages.ts";

/** A person's decision on a client: keep it at least at a tier, exclude it, or clear the override. */
export const overrideClientInput = z.discriminatedUnion("mode", [
  z.object({
    clientId: z.string().min(1, m.chooseClient),
    mode: z.literal("keep"),
    tierKey: z.string().min(1, m.chooseTier),
    reason: cleanText(500, "multiline").min(1, m.sayWhy),
    until: businessDate.nullish(),
  }),
  z.object({
    clientId: z.string().min(1, m.chooseClient),
    mode: z.literal("exclude"),
    reason: cleanText(500, "multiline").min(1, m.sayWhy),
    until: businessDate.nullish(),
  }),
  z.object({ clientId: z.string().min(1, m.chooseClient), mode: z.literal("clear") }),
]);

/** What `overrideClient` takes. */
export type OverrideClientInput = z.output<typeof overrideClientInput>;
