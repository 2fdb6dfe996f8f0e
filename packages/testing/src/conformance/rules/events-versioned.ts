import type { MessageRef } from "@quartet/core";
import type { AnyPlugin, EventDefinition } from "@quartet/core/plugin";
import { count, type Finding, failed, listed, passed } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

const namePattern = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** What is wrong with one declared event, or null: the version rule defineEvent enforces. */
function eventProblem(event: Partial<EventDefinition>): MessageRef | null {
  const name = typeof event.name === "string" && namePattern.test(event.name) ? event.name : null;
  if (!name) return { key: m.eventBadName, params: { name: JSON.stringify(event.name ?? null) } };
  if (!Number.isInteger(event.version) || (event.version ?? 0) < 1)
    return { key: m.eventNoVersion, params: { name } };
  if (typeof (event.schema as { safeParse?: unknown } | undefined)?.safeParse !== "function")
    return { key: m.eventNoSchema, params: { name } };
  return null;
}

/**
 * Every event the plugin emits is versioned: a `<plugin>.<entity>.<verb>` name, a whole-number
 * `version` from 1 and a zod schema, as `defineEvent` builds them. The outbox keys an event by
 * `name@version`; a breaking change to the payload bumps the version while the old one stays for
 * the consumers still on it.
 */
export function eventsVersionedRule(plugin: AnyPlugin): Finding {
  const emitted = plugin.events.emits as Partial<EventDefinition>[];
  const problems = emitted.map(eventProblem).filter((p): p is MessageRef => p !== null);
  if (problems.length === 0) {
    const versions = emitted.map((e) => `${e.name}@${e.version}`);
    if (emitted.length === 0) return passed("events-versioned", m.eventsNone);
    return passed("events-versioned", m.eventsOk, {
      events: count(emitted.length, m.events),
      versions: listed(versions, 3),
    });
  }
  return failed("events-versioned", m.eventsBroken, { problems: listed(problems) });
}
