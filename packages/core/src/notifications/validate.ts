import { ManifestError } from "../plugin/graph.ts";
import { type NotificationType, notificationChannels } from "./define-notification.ts";
import { placeholdersOf } from "./wording.ts";

const typePattern = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

/**
 * Boot check of the notification types of one owner (a plugin id, or `core`): each type id is
 * `<owner>.<name>` and unique, its channels are known, its templates exist in both languages with
 * the same placeholders, and it has exactly one producer (`on` or `every`). Throws a
 * `ManifestError` naming the owner and the type.
 */
export function validateNotificationTypes(owner: string, types: readonly NotificationType<never>[]): void {
  const seen = new Set<string>();
  const fail = (message: string) => {
    throw new ManifestError(`Plugin "${owner}" ${message}`, [owner]);
  };
  for (const def of types) {
    if (!typePattern.test(def.type) || !def.type.startsWith(`${owner}.`)) {
      fail(`declares notification type "${def.type}" outside its namespace (expected "${owner}.<name>")`);
    }
    if (seen.has(def.type)) fail(`declares notification type "${def.type}" twice`);
    seen.add(def.type);
    for (const channel of def.defaultChannels) {
      if (!notificationChannels.includes(channel))
        fail(`notification "${def.type}" has unknown channel "${channel}"`);
    }
    for (const text of [def.label, def.text.title, def.text.body]) {
      if (text === undefined) continue;
      if (!(text.en?.trim() && text.ru?.trim()))
        fail(`notification "${def.type}" needs its texts in en and ru`);
      if (placeholdersOf(text.en).sort().join() !== placeholdersOf(text.ru).sort().join()) {
        fail(`notification "${def.type}" uses different placeholders in en and ru`);
      }
    }
    if (Boolean(def.on) === Boolean(def.every))
      fail(`notification "${def.type}" needs exactly one of "on" and "every"`);
    if (def.every && !(def.every.everyMs >= 1000))
      fail(`notification "${def.type}" must run at most once a second`);
  }
}

/** Boot check of a manifest's `notifications` member (see `validateNotificationTypes`). */
export function validateNotifications(plugin: { id: string; notifications?: unknown }): void {
  if (plugin.notifications === undefined) return;
  if (!Array.isArray(plugin.notifications)) {
    throw new ManifestError(`Plugin "${plugin.id}" declares notifications that are not a list`, [plugin.id]);
  }
  validateNotificationTypes(plugin.id, plugin.notifications as NotificationType<never>[]);
}
