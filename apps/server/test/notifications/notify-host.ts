import { type Locale, manualClock, type SalesFunction, systemActor } from "@quartet/core";
import { createCallerFactory } from "@quartet/core/trpc";
import { firstSalePlugin } from "@quartet/first-sale/server";
import { createProspectingPlugin, fetchTelegramApi } from "@quartet/prospecting/server";
import { startFakeTelegram } from "../../../../plugins/prospecting/test/support/fake-telegram.ts";
import { leadForm } from "../../../../plugins/prospecting/test/support/samples.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { createRequestContext } from "../../src/trpc/context.ts";
import { memoryMailer } from "../support/memory-mailer.ts";
import { addMember, createUser, orgOwnedBy, sessionOf } from "../support/people.ts";
import { at } from "../support/plugin-host.ts";
import { createTestHost, userActor } from "../support/test-host.ts";

/** The bot token and webhook secret the test organisation's prospecting is set up with. */
export const bot = { token: "123:ABC", secret: "s3cret-Token_1" };

/**
 * A real host for notification tests: prospecting (its Bot API at a local fake) and first sale
 * enabled in «ООО Ромашка» owned by Ольга, a manual clock at 09:00 UTC of `today`, mail kept in
 * memory, the public URL https://crm.example.ru. `member(name, role, fn)` adds a member and assigns
 * them to a function; `as(user, locale)` is their tRPC caller; `app(user)` the Hono app with their
 * session; `deliver()` runs the outbox until idle; `runJob(name)` runs a core job now.
 */
export async function notifyHost(options: { today?: string } = {}) {
  const telegram = await startFakeTelegram();
  const mailer = memoryMailer();
  const prospecting = createProspectingPlugin({ telegram: fetchTelegramApi({ baseUrl: telegram.url }) });
  const clock = manualClock(at(options.today ?? "2026-06-01"));
  const t = await createTestHost({
    plugins: [prospecting, firstSalePlugin],
    clock,
    mailer,
    env: { QUARTET_PUBLIC_URL: "https://crm.example.ru" },
  });
  const owner = await createUser(t, "Ольга", "olga@example.com");
  const orgId = (await orgOwnedBy(t, owner, "ООО Ромашка", "specialists")).id;
  const ownerActor = userActor(owner.id);
  await t.host.lifecycle.enable(orgId, "prospecting", ownerActor, {
    telegramBotToken: bot.token,
    telegramWebhookSecret: bot.secret,
    publicUrl: "https://crm.example.ru",
  });
  await t.host.lifecycle.enable(orgId, "first-sale", ownerActor);
  let count = 0;
  type User = Awaited<ReturnType<typeof createUser>>;
  const createCaller = createCallerFactory(buildAppRouter([prospecting, firstSalePlugin]));
  const as = async (user: User, locale?: Locale) => {
    const request = new Request("http://localhost/trpc", { headers: { "x-quartet-org": orgId } });
    return createCaller(await createRequestContext(t.host, await sessionOf(t, user)(request), locale));
  };
  const h = {
    t,
    clock,
    orgId,
    owner,
    ownerActor,
    telegram,
    mailer,
    as,
    /** A new member with a built-in role, assigned to `fn` when given. */
    async member(name: string, role: string, fn?: SalesFunction) {
      const user = await createUser(t, name, `user-${++count}@example.com`);
      await addMember(t, orgId, owner, user, role);
      if (fn) await t.host.people.setAssignment(ownerActor, orgId, { userId: user.id, function: fn });
      return user;
    },
    /** The Hono app with `user`'s session standing in for the cookie. */
    app: (user: User) => t.app(sessionOf(t, user)),
    /** Connects the organisation's bot (webhook registered at the fake) and returns the webhook path. */
    async connectBot() {
      const { webhookUrl } = await (await as(owner)).prospecting.telegram.connect({ registerWebhook: true });
      return new URL(webhookUrl).pathname;
    },
    /** Posts a lead to a new web form of the organisation, as a visitor's browser on its site does. */
    async postWebFormLead(name: string) {
      const api = (await as(owner)).prospecting.forms;
      const site = "https://romashka.ru";
      const form = await api.create({
        name: "Заявка с сайта",
        definition: leadForm,
        allowedOrigins: [site],
        thankYou: "Спасибо!",
      });
      const { endpoint } = await api.snippet({ formId: form.id, publicUrl: "https://crm.example.ru" });
      return t.app().request(new URL(endpoint).pathname, {
        method: "POST",
        headers: { "content-type": "application/json", origin: site },
        body: JSON.stringify({ name, phone: "8 (912) 345-67-89", consent: "on", question: "Нужны коробки" }),
      });
    },
    /** Delivers whatever is due now and waits until the dispatcher is idle. */
    async deliver() {
      await t.host.dispatcher.dispatchOrg(orgId);
      await t.host.dispatcher.idle();
    },
    /** Runs a core job (e.g. `notify:core.task.due`) now, as the scheduler would. */
    async runJob(name: string) {
      const job = t.host.notifications.jobs.find((j) => j.name === name);
      if (!job) throw new Error(`No job ${name}`);
      await job.run(
        t.host.serviceContext({
          org: await t.host.runtime(orgId),
          actor: systemActor,
          clock,
          logger: t.host.logger,
          settings: undefined,
        }),
      );
      await h.deliver();
    },
    async close() {
      await t.close();
      await telegram.close();
    },
  };
  return h;
}

/** The notification test host's type. */
export type NotifyHost = Awaited<ReturnType<typeof notifyHost>>;
