import { type AnyPlugin, eventKey, type SubscriberDefinition } from "@quartet/core/plugin";

/** One subscriber of one plugin. */
export type SubscriberEntry = { plugin: AnyPlugin; subscriber: SubscriberDefinition };

/** Maps `name@version` to the subscribers of all installed plugins, built once at boot. */
export function indexSubscribers(plugins: readonly AnyPlugin[]) {
  const byEvent = new Map<string, SubscriberEntry[]>();
  const byName = new Map<string, SubscriberEntry>();
  for (const plugin of plugins) {
    for (const subscriber of plugin.subscribers ?? []) {
      const key = eventKey(subscriber.event);
      byEvent.set(key, [...(byEvent.get(key) ?? []), { plugin, subscriber }]);
      byName.set(`${plugin.id}:${subscriber.name}`, { plugin, subscriber });
    }
  }
  return {
    /** Subscribers of an event among the given enabled plugins. */
    forEvent(name: string, version: number, enabled: ReadonlySet<string>): SubscriberEntry[] {
      return (byEvent.get(`${name}@${version}`) ?? []).filter((entry) => enabled.has(entry.plugin.id));
    },
    get(pluginId: string, subscriber: string): SubscriberEntry | undefined {
      return byName.get(`${pluginId}:${subscriber}`);
    },
  };
}

/** The subscriber index's type. */
export type SubscriberIndex = ReturnType<typeof indexSubscribers>;
