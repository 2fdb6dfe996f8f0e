import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { prospectingPermissions as p } from "../../contracts/permissions.ts";
import type { ProspectingPorts } from "../context.ts";
import { proc, withPorts } from "../procedures.ts";
import { campaignInput, campaignUpdate } from "../services/campaigns/campaign-input.ts";
import { createCampaign } from "../services/campaigns/create-campaign.ts";
import { listCalls } from "../services/campaigns/list-calls.ts";
import { availableCampaigns, listCampaigns } from "../services/campaigns/list-campaigns.ts";
import { updateCampaign } from "../services/campaigns/update-campaign.ts";
import { addDoNotCall } from "../services/dnc/add-dnc.ts";
import { listDoNotCall } from "../services/dnc/list-dnc.ts";
import { addClients } from "../services/lists/add-clients.ts";
import { createList } from "../services/lists/create-list.ts";
import { listLists } from "../services/lists/list-lists.ts";
import { listMembersOf } from "../services/lists/list-members.ts";

const clientIds = z.array(z.string().min(1)).min(1).max(5000);

/** Call lists, built from explicit client ids (an import's, a selection's). */
export function listsRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    list: proc(p.listsManage).query(({ ctx }) => listLists({ ctx: svc(ctx) })),
    create: proc(p.listsManage)
      .input(
        z.object({
          name: z.string().trim().min(1, "Name the list").max(200),
          clientIds: clientIds.optional(),
          neverCalled: z.boolean().optional(),
        }),
      )
      .mutation(({ ctx, input }) => createList({ ctx: svc(ctx), input })),
    addClients: proc(p.listsManage)
      .input(z.object({ listId: z.string().min(1), clientIds, neverCalled: z.boolean().optional() }))
      .mutation(({ ctx, input }) => addClients({ ctx: svc(ctx), input })),
    members: proc(p.listsManage)
      .input(
        z.object({
          listId: z.string().min(1),
          state: z.enum(["queued", "claimed", "callback", "done", "dnc"]).optional(),
          limit: z.number().int().min(1).max(1000).optional(),
        }),
      )
      .query(({ ctx, input }) => listMembersOf({ ctx: svc(ctx), input })),
  });
}

/** Campaigns: a list, a script version, a calling window, recycling rules. */
export function campaignsRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    list: proc(p.listsManage).query(({ ctx }) => listCampaigns({ ctx: svc(ctx) })),
    create: proc(p.listsManage)
      .input(campaignInput)
      .mutation(({ ctx, input }) => createCampaign({ ctx: svc(ctx), input })),
    update: proc(p.listsManage)
      .input(campaignUpdate)
      .mutation(({ ctx, input }) => updateCampaign({ ctx: svc(ctx), input })),
    calls: proc(p.listsManage)
      .input(
        z.object({
          campaignId: z.string().min(1).optional(),
          clientId: z.string().min(1).optional(),
          limit: z.number().int().min(1).max(1000).optional(),
        }),
      )
      .query(({ ctx, input }) => listCalls({ ctx: svc(ctx), input })),
    /** What a caller may pick on the call screen. */
    available: proc(p.callsWork).query(({ ctx }) => availableCampaigns({ ctx: svc(ctx) })),
  });
}

/** The do-not-call list. */
export function dncRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    list: proc(p.listsManage)
      .input(z.object({ limit: z.number().int().min(1).max(1000).optional() }))
      .query(({ ctx, input }) => listDoNotCall({ ctx: svc(ctx), input })),
    add: proc(p.listsManage)
      .input(
        z.object({
          phone: z.string().min(1).max(40),
          reason: z.string().trim().min(1, "Say why").max(500),
          clientId: z.string().nullish(),
        }),
      )
      .mutation(({ ctx, input }) => addDoNotCall({ ctx: svc(ctx), input })),
  });
}
