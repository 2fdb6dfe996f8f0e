import type { AnyPlugin } from "@quartet/core/plugin";
import type { Mailer } from "../../auth/mailer.ts";
import type { Host } from "../../host/create-host.ts";
import type { People } from "../../people/index.ts";
import { documentsDepsOf } from "../deps.ts";
import { collectDocumentSources } from "../sources/collection.ts";
import type { SendDeps } from "./send-document.ts";
import { documentMailSubscriber } from "./subscriber.ts";

export { type QueuedSend, type SendDeps, sendDocument } from "./send-document.ts";

/** What `core.documents.send` needs of a running host: its document sources and its mailer. */
export function sendDepsOf(host: Host): SendDeps {
  return { ...documentsDepsOf(host), mailer: host.people.deps.mailer };
}

/**
 * The dispatcher's entry for core's document mail: the subscriber of `core.document.sent` under
 * the owner id `core` (enabled in every organisation), naming types from the installed sources.
 */
export function documentMailOwner(deps: {
  plugins: readonly AnyPlugin[];
  mailer: Mailer;
  people: Pick<People, "organisation" | "listMembers">;
}): AnyPlugin {
  const sources = collectDocumentSources(deps.plugins);
  const subscriber = documentMailSubscriber({
    mailer: deps.mailer,
    people: deps.people,
    typeName: async (_orgId, type) => sources.get(type)?.source.name,
  });
  return { id: "core", subscribers: [subscriber] } as unknown as AnyPlugin;
}
