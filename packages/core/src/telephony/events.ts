import { z } from "zod";
import { defineEvent } from "../plugin/define-event.ts";
import { callDispositions } from "./types.ts";

/**
 * A PBX call ended and was put on a client's timeline (`activityId`), or on none when no
 * client has the number (`clientId` null). `memberId` is whoever answers the extension.
 */
export const callEnded = defineEvent({
  name: "core.call.ended",
  version: 1,
  schema: z.object({
    callId: z.string(),
    adapter: z.string(),
    providerCallId: z.string(),
    direction: z.enum(["inbound", "outbound"]).nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    extension: z.string().nullable(),
    memberId: z.string().nullable(),
    clientId: z.string().nullable(),
    contactId: z.string().nullable(),
    activityId: z.string().nullable(),
    durationSec: z.number().int().nullable(),
    disposition: z.enum(callDispositions).nullable(),
    startedAt: z.number().nullable(),
  }),
});
