import { type Locale, manualClock, systemActor } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { createCallerFactory } from "@quartet/core/trpc";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { createRequestContext } from "../../src/trpc/context.ts";
import { seedClient } from "../support/clients.ts";
import { sessionOf, teamFixture } from "../support/people.ts";
import { at } from "../support/plugin-host.ts";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.ts";
import { createTestHost } from "../support/test-host.ts";
import { sellerRequisites } from "./issuing.ts";

const coreCaller = createCallerFactory(buildAppRouter([]));

/**
 * A real host (with `plugins` enabled) whose mail goes over SMTP (`QUARTET_SMTP_URL`) to a local sink, on 7 December 2026
 * (a manual clock): «ООО «Квартет»» owned by Anna with its requisites, Boris a member, Vera a
 * viewer, and a client with an order. `as(user, locale)` is a caller in the viewer's language,
 * `issue(locale)` issues the order's invoice, `deliver()` runs the outbox until idle.
 */
export async function sendHost<const P extends readonly AnyPlugin[] = []>(
  options: {
    sink?: SmtpSink;
    dataDir?: string;
    plugins?: P;
    /** No `QUARTET_SMTP_URL`: mail goes to the log, as on a server where it is not set up. */
    logMail?: boolean;
  } = {},
) {
  const plugins = options.plugins ?? ([] as unknown as P);
  const createCaller = createCallerFactory(buildAppRouter(plugins));
  const sink = options.sink ?? (await startSmtpSink());
  const clock = manualClock(at("2026-12-07"));
  const t = await createTestHost({
    plugins,
    clock,
    ...(options.dataDir && { dataDir: options.dataDir }),
    env: {
      ...(!options.logMail && { QUARTET_SMTP_URL: sink.url }),
      QUARTET_MAIL_FROM: "Квартет CRM <crm@kvartet.ru>",
    },
  });
  const team = await teamFixture(t, {
    org: "Квартет",
    members: { Boris: "member", Vera: "viewer" },
  });
  const { orgId } = team;
  for (const plugin of plugins) await t.host.lifecycle.enable(orgId, plugin.id, systemActor);
  const owner = team.owner.caller;
  await owner.core.requisites.org.set(sellerRequisites);
  const client = await seedClient(t, orgId, team.owner.user.id, {
    name: "АО «Северный ветер»",
    emails: ["buh@veter.ru"],
    farmingOwnerId: team.members.Boris.user.id,
  });
  const order = await owner.core.orders.record({
    clientId: client.id,
    function: "farming",
    lines: [{ name: "Сыр российский", quantity: 2, unit: "кг", price: { amountMinor: 120_000 } }],
  });
  type Person = (typeof team.owner)["user"];
  const contextOf = async (user: Person, locale: Locale) => {
    const request = new Request("http://localhost/trpc", { headers: { "x-quartet-org": orgId } });
    return createRequestContext(t.host, await sessionOf(t, user)(request), locale);
  };
  const as = async (user: Person, locale: Locale) => createCaller(await contextOf(user, locale));
  return {
    t,
    sink,
    clock,
    orgId,
    team,
    client,
    order,
    as,
    /** The order's invoice issued by Anna in `locale`. */
    issue: async (locale: Locale) =>
      coreCaller(await contextOf(team.owner.user, "ru")).core.documents.issue({
        type: "invoice",
        subjectId: order.id,
        locale,
      }),
    async deliver() {
      await t.host.dispatcher.dispatchOrg(orgId);
      await t.host.dispatcher.idle();
    },
    /** The mails that carried a file (invitations of the team's members left out), in order of arrival. */
    documentMails: () => sink.received.filter((mail) => mail.attachments.length > 0),
    async close() {
      await t.close();
      await sink.close();
    },
  };
}

/** The send host's type. */
export type SendHost<P extends readonly AnyPlugin[] = []> = Awaited<ReturnType<typeof sendHost<P>>>;
