import { z } from "zod";
import { defineEvent } from "../plugin/define-event.ts";

/**
 * Notifications were stored for one member; the channels other than the bell deliver them from
 * here, each with its own retries, never inside the transaction that stored them.
 */
export const notificationCreated = defineEvent({
  name: "core.notification.created",
  version: 1,
  schema: z.object({
    notificationId: z.string(),
    recipientId: z.string(),
    type: z.string(),
    params: z.record(
      z.string(),
      z.union([z.string(), z.number(), z.object({ en: z.string(), ru: z.string() })]),
    ),
    link: z.string().nullable(),
    channels: z.object({ inApp: z.boolean(), email: z.boolean(), telegram: z.boolean() }),
  }),
});
