import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fetchTelegramApi } from "../src/server/index.ts";
import { startFakeTelegram } from "./support/fake-telegram.ts";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";
import { leadForm, telegramMessage } from "./support/samples.ts";

describe("with prospecting disabled", () => {
  let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
  let h: ProspectingHost;
  beforeEach(async () => {
    fake = await startFakeTelegram();
    h = await prospectingHost({
      ports: { telegram: fetchTelegramApi({ baseUrl: fake.url }) },
      settings: {
        telegramBotToken: "1:T",
        telegramWebhookSecret: "secret",
        publicUrl: "https://crm.example.ru",
      },
    });
  });
  afterEach(async () => {
    await h.close();
    await fake.close();
  });

  it("refuses forms, webhooks and procedures, and keeps its data for when it is enabled again", async () => {
    const owner = await h.as(h.owner);
    const form = await owner.prospecting.forms.create({ name: "Сайт", definition: leadForm });
    const formPath = new URL((await owner.prospecting.forms.snippet({ formId: form.id })).endpoint).pathname;
    const hookPath = new URL((await owner.prospecting.telegram.connect({})).webhookUrl).pathname;
    const postForm = () =>
      h.hook(formPath, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Иван", phone: "+79123456789", consent: true }),
      });
    const postUpdate = (id: number) =>
      h.hook(hookPath, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "secret" },
        body: JSON.stringify(telegramMessage(id, 77, "Здравствуйте")),
      });
    expect((await postForm()).status).toBe(201);
    expect((await postUpdate(1)).status).toBe(200);

    await h.t.host.lifecycle.disable(h.orgId, "prospecting", h.ownerActor);
    expect((await postForm()).status).toBe(404);
    expect((await postUpdate(2)).status).toBe(404);
    await expect((await h.as(h.owner)).prospecting.inbox.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Plugin not enabled"),
    });

    await h.t.host.lifecycle.enable(h.orgId, "prospecting", h.ownerActor);
    const { items } = await (await h.as(h.owner)).prospecting.inbox.list({});
    expect(items.map((r) => r.channel).sort()).toEqual(["telegram", "web-form"]);
    expect((await postForm()).status).toBe(201);
  });
});
