// Commits a new request (prospecting emits request.received), then dies by SIGKILL before the
// dispatcher can turn it into notifications. argv: data directory, fake Bot API URL.
import { systemActor } from "@quartet/core";
import { createCallerFactory } from "@quartet/core/trpc";
import { notificationPreferences, staffTelegramLinks } from "@quartet/db/org";
import { firstSalePlugin } from "@quartet/first-sale/server";
import { createProspectingPlugin, fetchTelegramApi } from "@quartet/prospecting/server";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { createRequestContext } from "../../src/trpc/context.ts";
import { createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost } from "../support/test-host.ts";
import { bot } from "./notify-host.ts";

const [dataDir = "", telegramUrl = ""] = process.argv.slice(2);
const plugins = [
  createProspectingPlugin({ telegram: fetchTelegramApi({ baseUrl: telegramUrl }) }),
  firstSalePlugin,
];
const t = await createTestHost({ dataDir, plugins });
const owner = await createUser(t, "Ольга", "olga@example.com");
const orgId = (await orgOwnedBy(t, owner, "ООО Ромашка", "specialists")).id;
await t.host.lifecycle.enable(orgId, "prospecting", systemActor, {
  telegramBotToken: bot.token,
  telegramWebhookSecret: bot.secret,
  publicUrl: "https://crm.example.ru",
});
const actor = { ...systemActor, kind: "user" as const, id: owner.id, name: owner.name };
const api = createCallerFactory(buildAppRouter(plugins))(
  await createRequestContext(t.host, { actor, orgId }),
);
await api.prospecting.telegram.connect({ registerWebhook: false });
await t.host.people.setAssignment(systemActor, orgId, { userId: owner.id, function: "prospecting" });
const runtime = await t.host.runtime(orgId);
await runtime.write(systemActor, async (scope) => {
  await scope.tx.insert(staffTelegramLinks).values({ userId: owner.id, chatId: "555", linkedAt: 1 });
  await scope.tx.insert(notificationPreferences).values({
    userId: owner.id,
    type: "prospecting.request.received",
    channel: "email",
    enabled: true,
    updatedAt: 1,
  });
});
await api.prospecting.inbox.create({ source: "phone", name: "Мария" });
process.stdout.write(`${JSON.stringify({ orgId, ownerId: owner.id, email: owner.email })}\n`);
process.kill(process.pid, "SIGKILL");
