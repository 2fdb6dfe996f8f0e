import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { prospectingPermissions as p } from "../../contracts/permissions.ts";
import type { ProspectingPorts } from "../context.ts";
import { proc, withPorts } from "../procedures.ts";
import { createForm } from "../services/forms/create-form.ts";
import { formInput } from "../services/forms/form-input.ts";
import { formSnippet } from "../services/forms/form-snippet.ts";
import { getForm, listForms } from "../services/forms/list-forms.ts";
import { updateForm } from "../services/forms/update-form.ts";
import { botStatus } from "../services/telegram/bot-status.ts";
import { connectBot } from "../services/telegram/connect-bot.ts";
import { disconnectBot } from "../services/telegram/disconnect-bot.ts";

const formId = z.string().min(1);
const publicUrl = z.url({ protocol: /^https?$/ }).nullish();

/** Web forms: definitions, their keys and the embed snippet. */
export function formsRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    list: proc(p.formsManage).query(({ ctx }) => listForms({ ctx: svc(ctx) })),
    get: proc(p.formsManage)
      .input(z.object({ formId }))
      .query(({ ctx, input }) => getForm({ ctx: svc(ctx), input })),
    create: proc(p.formsManage)
      .input(formInput)
      .mutation(({ ctx, input }) => createForm({ ctx: svc(ctx), input })),
    update: proc(p.formsManage)
      .input(formInput.extend({ formId }))
      .mutation(({ ctx, input }) => updateForm({ ctx: svc(ctx), input })),
    snippet: proc(p.formsManage)
      .input(z.object({ formId, publicUrl }))
      .query(({ ctx, input }) => formSnippet({ ctx: svc(ctx), input })),
  });
}

/** The Telegram bot: connect (webhook key, optional setWebhook), status, disconnect. */
export function telegramRouter(ports: ProspectingPorts) {
  const svc = withPorts(ports);
  return router({
    status: proc(p.telegramManage).query(({ ctx }) => botStatus({ ctx: svc(ctx) })),
    connect: proc(p.telegramManage)
      .input(z.object({ publicUrl, registerWebhook: z.boolean().default(false) }))
      .mutation(({ ctx, input }) => connectBot({ ctx: svc(ctx), input })),
    disconnect: proc(p.telegramManage).mutation(({ ctx }) => disconnectBot({ ctx: svc(ctx) })),
  });
}
