import type { ServiceContext } from "../context.ts";
import type { SalesFunction } from "../functions.ts";
import type { LocalizedText } from "../i18n.ts";
import type { EventDefinition } from "../plugin/define-event.ts";
import type { DeliveredEvent } from "../plugin/define-plugin.ts";

/** Where a notification reaches a member: the bell, their mail, their Telegram chat with the bot. */
export const notificationChannels = ["inApp", "email", "telegram"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** Values a template's `{param}` placeholders are filled with; a `{ en, ru }` value is worded per reader. */
export type NotificationParams = Record<string, string | number | LocalizedText>;

/**
 * One notification a producer asks for: who gets it and what fills its templates. `dedupeKey` is
 * unique per recipient (the host defaults it to `<type>:<event id>` for event producers), so a
 * redelivered event or a job that runs twice never notifies twice.
 */
export type NotificationDraft = { recipientId: string; params: NotificationParams; dedupeKey?: string };

/** What a producer receives: the service context (as the system) and who staffs each function. */
export type NotificationContext<S = unknown> = ServiceContext<S> & {
  staff: {
    /** User ids of the members assigned to a function, paused ones left out. */
    covering(fn: SalesFunction): Promise<string[]>;
  };
};

/** Produces notifications from an event, delivered through the outbox (nothing lost on a crash). */
export type EventProducer<T, S> = {
  event: EventDefinition<T>;
  recipients(ctx: NotificationContext<S>, event: DeliveredEvent<T>): Promise<NotificationDraft[]>;
};

/** Produces notifications on a schedule (a task due, a deal rotting); drafts must carry a `dedupeKey`. */
export type ScheduledProducer<S> = {
  everyMs: number;
  find(ctx: NotificationContext<S>): Promise<NotificationDraft[]>;
};

/**
 * A notification type as core or a plugin declares it (`notifications` in the manifest). `type`
 * is `<plugin id>.<name>` (`core.…` for core's own); `title` and `body` are templates with
 * `{param}` placeholders in both languages; `label` names the type on the preferences page;
 * `link` turns the params into an admin path. Exactly one of `on` and `every`.
 *
 * @example defineNotification({ type: "prospecting.request.received", label, defaultChannels: ["inApp", "telegram"], text: { title: { en: "New request: {name}", ru: "Новая заявка: {name}" } }, link: (p) => `/prospecting/inbox/${p.requestId}`, on: { event: requestReceived, recipients } })
 */
export type NotificationType<S = unknown> = {
  type: string;
  label: LocalizedText;
  defaultChannels: readonly NotificationChannel[];
  text: { title: LocalizedText; body?: LocalizedText };
  link?: (params: NotificationParams) => string | null;
  on?: EventProducer<unknown, S>;
  every?: ScheduledProducer<S>;
};

/** Declares a notification type with its event's payload typed. */
export function defineNotification<T = unknown, S = unknown>(
  def: Omit<NotificationType<S>, "on"> & { on?: EventProducer<T, S> },
): NotificationType<S> {
  return Object.freeze(def) as NotificationType<S>;
}
