import {
  callEnded,
  clientStageChanged,
  clientsMerged,
  documentIssued,
  documentSent,
  handoffAccepted,
  handoffCancelled,
  handoffExpired,
  handoffRejected,
  handoffRequested,
  isMessageKey,
  type Locale,
  type LocalizedText,
  orderRecorded,
  paymentReceived,
  wordMessage,
} from "@quartet/core";
import { type AnyPlugin, type EventDefinition, eventKey } from "@quartet/core/plugin";
import { coreEventNames, webhookMessages } from "./messages.ts";

const coreEventPrefix = coreEventNames.orderRecorded.slice(0, -"orderRecorded".length);

/**
 * The catalog entry that names an event: its name after the first segment in camel case.
 *
 * @example eventMessageName("first-sale.deal.won") // "dealWon"
 */
export const eventMessageName = (eventName: string): string =>
  eventName
    .split(".")
    .slice(1)
    .join("-")
    .replace(/[.-]([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** Core's events an endpoint may subscribe to (notifications to one member stay inside). */
export const coreWebhookEvents: readonly EventDefinition<unknown>[] = [
  orderRecorded,
  paymentReceived,
  handoffRequested,
  handoffAccepted,
  handoffRejected,
  handoffCancelled,
  handoffExpired,
  clientStageChanged,
  clientsMerged,
  documentIssued,
  documentSent,
  callEnded,
] as EventDefinition<unknown>[];

/** One event an endpoint may subscribe to: its `name@version` key and who emits it (null: core). */
export type WebhookEventType = {
  key: string;
  event: EventDefinition<unknown>;
  plugin: { id: string; name: LocalizedText } | null;
};

/** The event catalogue known at boot: core's events, then each installed plugin's `events.emits`. */
export function webhookEventCatalog(plugins: readonly AnyPlugin[]) {
  const types: WebhookEventType[] = [
    ...coreWebhookEvents.map((event) => ({ key: eventKey(event), event, plugin: null })),
    ...plugins.flatMap((plugin) =>
      plugin.events.emits.map((event) => ({
        key: eventKey(event),
        event,
        plugin: { id: plugin.id, name: plugin.name },
      })),
    ),
  ];
  const byKey = new Map(types.map((type) => [type.key, type]));
  return {
    types,
    get: (key: string) => byKey.get(key),
    /** Core's events and those of the plugins enabled in an organisation. */
    available: (enabled: ReadonlySet<string>) =>
      types.filter((type) => type.plugin === null || enabled.has(type.plugin.id)),
  };
}

/** The catalogue's type. */
export type WebhookEventCatalog = ReturnType<typeof webhookEventCatalog>;

/**
 * An event type in the viewer's words: core's from `core.webhook-events`; a plugin's under the
 * plugin's name, by its catalog's `<name>Event` message (`first-sale.deal.won` reads
 * `defineMessages("first-sale", { dealWonEvent: … })`), else by the event's name as declared.
 */
export function eventTypeLabel(type: WebhookEventType, locale: Locale): { group: string; name: string } {
  if (!type.plugin) {
    const key = `${coreEventPrefix}${eventMessageName(type.event.name)}`;
    return { group: wordMessage(locale, webhookMessages.core), name: wordMessage(locale, key) };
  }
  const key = `${type.plugin.id}.${eventMessageName(type.event.name)}Event`;
  return {
    group: type.plugin.name[locale],
    name: isMessageKey(key) ? wordMessage(locale, key) : type.event.name,
  };
}
