import { cleanText, corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { createEndpoint } from "../../webhooks/create-endpoint.ts";
import { createEndpointInput, updateEndpointInput } from "../../webhooks/endpoint-input.ts";
import { listDeliveries } from "../../webhooks/list-deliveries.ts";
import { listEndpoints } from "../../webhooks/list-endpoints.ts";
import { listEventTypes } from "../../webhooks/list-event-types.ts";
import { webhookMessages as m } from "../../webhooks/messages.ts";
import { removeEndpoint } from "../../webhooks/remove-endpoint.ts";
import { replayDelivery } from "../../webhooks/replay-delivery.ts";
import { rotateSecret } from "../../webhooks/rotate-secret.ts";
import { updateEndpoint } from "../../webhooks/update-endpoint.ts";

const manage = protectedProcedure(corePermissions.webhooksManage.id);
const endpointId = z.object({ id: cleanText(100).min(1, m.noEndpoint) });

/**
 * `core.webhooks`: endpoints subscribed to events, signed per Standard Webhooks; the secret is in
 * the answers of `create` and `rotateSecret` only. Everything needs `core.webhooks.manage`.
 */
export const webhooksRouter = router({
  list: manage.query(({ ctx }) => listEndpoints(ctx.service)),
  eventTypes: manage.query(({ ctx }) =>
    listEventTypes(ctx.host.host.webhooks.services, ctx.org.orgId, ctx.locale ?? "en"),
  ),
  create: manage
    .input(createEndpointInput)
    .mutation(({ ctx, input }) => createEndpoint(ctx.service, ctx.host.host.webhooks.services, input)),
  update: manage
    .input(updateEndpointInput)
    .mutation(({ ctx, input }) => updateEndpoint(ctx.service, ctx.host.host.webhooks.services, input)),
  remove: manage.input(endpointId).mutation(({ ctx, input }) => removeEndpoint(ctx.service, input)),
  rotateSecret: manage.input(endpointId).mutation(({ ctx, input }) => rotateSecret(ctx.service, input)),
  deliveries: manage
    .input(
      z.object({
        endpointId: cleanText(100).min(1, m.noEndpoint),
        limit: z.number().int().min(1).max(200).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listDeliveries(ctx.service, ctx.host.host.webhooks.services, input, ctx.locale ?? "en"),
    ),
  replay: manage
    .input(z.object({ deliveryId: cleanText(100).min(1, m.noDelivery) }))
    .mutation(({ ctx, input }) => replayDelivery(ctx.service, ctx.host.host.webhooks.services, input)),
});
