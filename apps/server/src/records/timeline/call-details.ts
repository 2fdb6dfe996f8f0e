import { peopleMessages, recordMessages } from "@quartet/core";
import { z } from "zod";

/** How a call went: the outcomes a person picks when logging one. */
export const callResults = ["reached", "no-answer", "busy", "voicemail", "wrong-number"] as const;

/** One call outcome. */
export type CallResult = (typeof callResults)[number];

/** What a logged call carries besides its note: how it went and how long it lasted, in seconds. */
export const callDetails = z.object({
  result: z.enum(callResults, { message: recordMessages.chooseCallResult }),
  durationSec: z
    .number({ message: recordMessages.giveDuration })
    .int(recordMessages.wholeSeconds)
    .min(0, peopleMessages.cannotBeNegative)
    .max(86_400, recordMessages.atMostDay),
});
