import { cleanText } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { callingWindow, defaultCallingWindow } from "../../../domain/calling-window.ts";
import { retryDelays } from "../../../domain/recycling.ts";

/** A campaign's rules as the admin edits them; defaults fill what is not given. */
export const campaignRules = z.object({
  window: callingWindow.default(defaultCallingWindow),
  maxAttempts: z.number().int().min(1).max(20).default(5),
  retryDelays: retryDelays.default(retryDelays.parse({})),
  /** Default: the `callbackToSameCaller` setting. */
  callbackToSameCaller: z.boolean().optional(),
});

/** What creating a campaign takes. */
export const campaignInput = campaignRules.extend({
  name: cleanText(200).min(1, m.nameCampaign),
  listId: z.string().min(1),
  scriptId: z.string().min(1),
  /** Default: the script's latest version. */
  scriptVersion: z.number().int().min(1).optional(),
});

/** Parsed campaign input. */
export type CampaignInput = z.output<typeof campaignInput>;

/** What updating a campaign may change. */
export const campaignUpdate = z.object({
  campaignId: z.string().min(1),
  name: cleanText(200).min(1).optional(),
  status: z.enum(["active", "paused"]).optional(),
  window: callingWindow.optional(),
  maxAttempts: z.number().int().min(1).max(20).optional(),
  retryDelays: retryDelays.optional(),
  callbackToSameCaller: z.boolean().optional(),
  scriptVersion: z.number().int().min(1).optional(),
});

/** Parsed campaign update. */
export type CampaignUpdate = z.output<typeof campaignUpdate>;
