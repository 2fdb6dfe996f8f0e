import type { z } from "zod";

/**
 * A versioned event that one plugin emits and others consume; its zod schema is the contract.
 *
 * @example export const leadQualified = defineEvent({ name: "prospecting.lead.qualified", version: 1, schema: z.object({ clientId: z.string() }) })
 */
export type EventDefinition<T = unknown> = {
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodType<T>;
};

/** Declares an event contract. The name is `<pluginId>.<entity>.<verb>` or `core.…`. */
export function defineEvent<T>(def: {
  name: string;
  version: number;
  schema: z.ZodType<T>;
}): EventDefinition<T> {
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(def.name)) {
    throw new Error(`Event name "${def.name}" must look like "plugin.entity.verb"`);
  }
  if (!Number.isInteger(def.version) || def.version < 1) {
    throw new Error(`Event "${def.name}" needs a positive integer version`);
  }
  return Object.freeze({ ...def });
}

/** The outbox key of an event: `name@version`. */
export function eventKey(def: Pick<EventDefinition, "name" | "version">): string {
  return `${def.name}@${def.version}`;
}
