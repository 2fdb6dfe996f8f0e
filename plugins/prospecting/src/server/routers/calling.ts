import { cleanText, lifecycleStages } from "@quartet/core";
import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { m } from "../../contracts/messages.ts";
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
import { previewList } from "../services/lists/preview-list.ts";

const clientIds = z.array(z.string().min(1)).min(1).max(5000);
const filterText = (max: number) => z.string().trim().min(1).max(max).optional();
/** Client filters a list is built from, as core's client list names them ("never called" is `neverCalled`). */
const clientFilter = z
  .object({
    tag: filterText(50),
    region: filterText(200),
    industry: filterText(200),
    stage: z.enum(lifecycleStages).optional(),
  })
  .refine((f) => Object.values(f).some((v) => v !== undefined), m.oneFilter);
const clientSource = {
  clientIds: clientIds.optional(),
  filter: clientFilter.optional(),
  neverCalled: z.boolean().optional(),
};

/** Call lists, built from explicit client ids (an import's, a selection's) and from client filters. */
export function listsRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    list: proc(p.listsManage).query(({ ctx }) => listLists({ ctx: svc(ctx) })),
    /** How many clients a filter would add, and how many of them were never called. */
    preview: proc(p.listsManage)
      .input(z.object({ filter: clientFilter }))
      .query(({ ctx, input }) => previewList({ ctx: svc(ctx), input })),
    create: proc(p.listsManage)
      .input(
        z.object({
          name: cleanText(200).min(1, m.nameList),
          ...clientSource,
        }),
      )
      .mutation(({ ctx, input }) => createList({ ctx: svc(ctx), input })),
    addClients: proc(p.listsManage)
      .input(
        z
          .object({ listId: z.string().min(1), ...clientSource })
          .refine((i) => i.clientIds || i.filter, m.idsOrFilter),
      )
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
          reason: cleanText(500, "multiline").min(1, m.sayWhy),
          clientId: z.string().nullish(),
        }),
      )
      .mutation(({ ctx, input }) => addDoNotCall({ ctx: svc(ctx), input })),
  });
}
