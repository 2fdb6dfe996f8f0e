import { letterReceived } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { ProspectingSettings } from "../../contracts/settings.ts";
import { type LetterReceived, openMailRequest } from "../services/mail/open-mail-request.ts";

/**
 * Core's `core.letter.received` in prospecting: a letter from a sender no client has opens an
 * inbound request in the inbox (core polls the mailboxes and never depends on prospecting;
 * prospecting only listens). Idempotent, so a redelivery changes nothing.
 */
export function onLetterReceived() {
  return defineSubscriber<LetterReceived, ProspectingSettings>({
    name: "letter-received",
    event: letterReceived,
    handle: async (ctx, event) => {
      await openMailRequest(ctx.scope, event.payload, ctx.clock.now());
    },
  });
}
