import { cleanText, DomainError, msg, optionalText } from "@quartet/core";
import { z } from "zod";
import type { WebhookServiceDeps } from "./deps.ts";
import { resolveHost } from "./guarded-lookup.ts";
import { webhookMessages as m } from "./messages.ts";
import { checkWebhookUrl } from "./url-policy.ts";

const url = cleanText(2000);
const description = optionalText(200);
const eventTypes = z.array(z.string().max(200)).min(1, m.chooseEvents).max(200);

/** `core.webhooks.create`'s input: the address, what it is for, the events it gets. */
export const createEndpointInput = z.object({
  url,
  description,
  eventTypes,
  enabled: z.boolean().default(true),
});

/** `core.webhooks.update`'s input: the endpoint and any of its fields. */
export const updateEndpointInput = z.object({
  id: cleanText(100),
  url: url.optional(),
  description: description.optional(),
  eventTypes: eventTypes.optional(),
  enabled: z.boolean().optional(),
});

const refuse = (field: string, key: string, params?: Record<string, string>) =>
  new DomainError("BAD_INPUT", key, { params, fields: { [field]: msg(key, params) } });

/**
 * The endpoint's address as it will be stored, or a 400 naming `url`: the shape check, then the
 * host name resolved as a delivery would resolve it (a private answer is refused here too).
 */
export async function checkedUrl(deps: WebhookServiceDeps, raw: string): Promise<string> {
  const result = checkWebhookUrl(raw, deps.urlPolicy);
  if (!result.ok) throw refuse("url", result.key);
  const { checked } = result;
  if (checked.literal === null) {
    const resolved = await resolveHost(checked.host, deps.urlPolicy);
    if (resolved === "private") throw refuse("url", m.privateTarget);
    if (resolved === "unresolvable") throw refuse("url", m.unresolvable);
  }
  return checked.url.href;
}

/**
 * The subscribed event keys, each one the organisation can receive — or one the endpoint already
 * had (`kept`: a plugin disabled since keeps its keys until someone unticks them) — else a 400
 * naming `eventTypes`.
 */
export async function checkedEventTypes(
  deps: WebhookServiceDeps,
  orgId: string,
  keys: readonly string[],
  kept: readonly string[] = [],
): Promise<string[]> {
  const available = new Set([
    ...deps.catalog.available(await deps.enabledIds(orgId)).map((type) => type.key),
    ...kept,
  ]);
  const unknown = keys.find((key) => !available.has(key));
  if (unknown !== undefined) throw refuse("eventTypes", m.unknownEvent, { event: unknown });
  return [...new Set(keys)];
}
