import { z } from "zod";

/** How a call went: the outcomes a person picks when logging one. */
export const callResults = ["reached", "no-answer", "busy", "voicemail", "wrong-number"] as const;

/** One call outcome. */
export type CallResult = (typeof callResults)[number];

/** What a logged call carries besides its note: how it went and how long it lasted, in seconds. */
export const callDetails = z.object({
  result: z.enum(callResults, { message: "Choose how the call went" }),
  durationSec: z
    .number({ message: "Give the duration in seconds" })
    .int("Whole seconds")
    .min(0, "Cannot be negative")
    .max(86_400, "At most a day"),
});
