import { DomainError, mailMessages as m, newId, type ServiceContext } from "@quartet/core";
import { mailboxes } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { secretMarker } from "../host/settings.ts";
import type { saveMailboxInput } from "./mailbox-input.ts";
import { storedMailbox } from "./stored-mailbox.ts";

type Input = z.output<typeof saveMailboxInput>;

/**
 * Connects a mailbox (no `id`) or changes one (`core.mail.mailboxes.save`). A password sent back
 * as the masked marker keeps the stored one; a new mailbox must bring its own. Changing the IMAP
 * server or login sets the status back to `new`, so the next poll says whether it works. The
 * folders' cursors stay: a folder polled before goes on after its last UID.
 */
export async function saveMailbox(ctx: ServiceContext, input: Input) {
  const stored = input.id ? await storedMailbox(ctx.org.db, input.id) : undefined;
  const imapPassword = keep(input.imap.password, stored?.imapPassword, "imap.password");
  const smtp = input.smtp
    ? { ...input.smtp, password: keep(input.smtp.password, stored?.smtp?.password, "smtp.password") }
    : null;
  const now = ctx.clock.now();
  const serverChanged =
    !stored ||
    stored.imapHost !== input.imap.host ||
    stored.imapPort !== input.imap.port ||
    stored.imapTls !== input.imap.tls ||
    stored.imapUser !== input.imap.user ||
    stored.imapPassword !== imapPassword;
  const row = {
    name: input.name,
    address: input.address,
    imapHost: input.imap.host,
    imapPort: input.imap.port,
    imapTls: input.imap.tls,
    imapUser: input.imap.user,
    imapPassword,
    folders: [...new Set(input.folders)],
    roles: [...new Set(input.roles)],
    smtp,
    updatedAt: now,
    ...(serverChanged ? { status: "new" as const, statusError: null } : {}),
  };
  const id = stored?.id ?? newId("mbx", now);
  await ctx.org.write(ctx.actor, async (scope) => {
    if (stored) await scope.tx.update(mailboxes).set(row).where(eq(mailboxes.id, id));
    else
      await scope.tx.insert(mailboxes).values({
        ...row,
        id,
        status: "new",
        createdBy: ctx.actor.id,
        createdAt: now,
      });
    await scope.audit({
      action: stored ? "core.mail.mailbox.update" : "core.mail.mailbox.create",
      entity: "mailbox",
      entityId: id,
      after: {
        name: row.name,
        address: row.address,
        host: row.imapHost,
        folders: row.folders,
        roles: row.roles,
      },
    });
  });
  return id;
}

/** The submitted secret, the stored one when the marker came back, or a refusal naming the field. */
function keep(submitted: string, stored: string | undefined, field: string): string {
  if (submitted !== secretMarker) return submitted;
  if (stored) return stored;
  throw new DomainError("BAD_INPUT", m.passwordRequired, { fields: { [field]: m.passwordRequired } });
}
