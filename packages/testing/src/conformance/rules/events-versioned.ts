import type { AnyPlugin, EventDefinition } from "@quartet/core/plugin";
import { count, type Finding, failed, listed, passed } from "../findings.ts";

const namePattern = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** What is wrong with one declared event, or null: the version rule defineEvent enforces. */
function eventProblem(event: Partial<EventDefinition>): string | null {
  const name = typeof event.name === "string" && namePattern.test(event.name) ? event.name : null;
  if (!name) return `${JSON.stringify(event.name ?? null)} is not named <plugin>.<entity>.<verb>`;
  if (!Number.isInteger(event.version) || (event.version ?? 0) < 1)
    return `"${name}" has no version (a whole number from 1)`;
  if (typeof (event.schema as { safeParse?: unknown } | undefined)?.safeParse !== "function")
    return `"${name}" has no zod schema`;
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
  const problems = emitted.map(eventProblem).filter((p): p is string => p !== null);
  if (problems.length === 0) {
    const versions = emitted.map((e) => `${e.name}@${e.version}`);
    return passed(
      "events-versioned",
      emitted.length ? `${count(emitted.length, "event")}: ${listed(versions, 3)}` : "emits no events",
    );
  }
  return failed(
    "events-versioned",
    `${listed(problems)}: declare each with defineEvent({ name, version: 1, schema })`,
  );
}
