import { corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import {
  listMailboxes,
  mailboxIdInput,
  pollNow,
  queueReply,
  readThread,
  removeMailbox,
  replyInput,
  saveMailbox,
  saveMailboxInput,
} from "../../mail/index.ts";
import { orgLocale } from "../../mail/org-locale.ts";

const manage = protectedProcedure(corePermissions.orgManage.id);
const read = protectedProcedure(corePermissions.clientsRead.id);
const write = protectedProcedure(corePermissions.activitiesWrite.id);

/**
 * `core.mail`: connected mailboxes (settings need `core.org.manage`; passwords never come back),
 * a letter's thread for whoever may read it (`core.clients.read` and a role the mailbox allows),
 * and replies (`core.activities.write`).
 */
export const mailRouter = router({
  mailboxes: router({
    list: manage.query(({ ctx }) => listMailboxes(ctx.service, ctx.locale ?? "en")),
    save: manage
      .input(saveMailboxInput)
      .mutation(async ({ ctx, input }) => ({ id: await saveMailbox(ctx.service, input) })),
    poll: manage
      .input(mailboxIdInput)
      .mutation(({ ctx, input }) => pollNow(ctx.host, ctx.service, input.id, ctx.locale ?? "en")),
    remove: manage.input(mailboxIdInput).mutation(({ ctx, input }) => removeMailbox(ctx.service, input.id)),
  }),
  letters: router({
    thread: read
      .input(z.object({ letterId: z.string().min(1).max(64) }))
      .query(({ ctx, input }) => readThread(ctx.service, input.letterId)),
    reply: write.input(replyInput).mutation(async ({ ctx, input }) =>
      queueReply(
        {
          mailer: ctx.host.people.deps.mailer,
          locale: await orgLocale(ctx.host.people, ctx.service.org.orgId),
        },
        ctx.service,
        input,
      ),
    ),
  }),
});
