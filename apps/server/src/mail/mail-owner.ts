import { letterQueued } from "@quartet/core";
import { type AnyPlugin, defineSubscriber } from "@quartet/core/plugin";
import type { Mailer } from "../auth/mailer.ts";
import { sendReply } from "./send-reply.ts";

/**
 * The dispatcher's entry for core's mail: the subscriber of `core.letter.queued` under the owner
 * id `core` (enabled in every organisation), which sends members' replies after their commit.
 */
export function mailOwner(deps: { mailer: Mailer }): AnyPlugin {
  const subscriber = defineSubscriber({
    name: "mail:send-reply",
    event: letterQueued,
    handle: (ctx, event) => sendReply(deps, ctx, event),
  });
  return { id: "core", subscribers: [subscriber] } as unknown as AnyPlugin;
}
