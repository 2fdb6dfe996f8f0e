import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";
import { leadForm } from "./support/samples.ts";

describe("a web form post's texts under core's input policy", () => {
  let h: ProspectingHost;
  let path: string;
  beforeAll(async () => {
    h = await prospectingHost();
    const owner = await h.as(h.owner);
    const form = await owner.prospecting.forms.create({ name: "Заявка", definition: leadForm });
    const snippet = await owner.prospecting.forms.snippet({
      formId: form.id,
      publicUrl: "https://crm.example.ru",
    });
    path = new URL(snippet.endpoint).pathname;
  });
  afterAll(() => h.close());

  const post = (body: Record<string, string>) =>
    h.hook(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "+79123456789", consent: "on", ...body }),
    });
  const requests = async () => (await (await h.as(h.owner)).prospecting.inbox.list({})).items;

  it("refuses a control character, naming the field, and stores nothing", async () => {
    const response = await post({ name: "Иван\u0000Петров" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields)).toEqual(["name"]);
    expect(await requests()).toEqual([]);
  });

  it("removes bidi overrides and zero-width characters from what it stores", async () => {
    const response = await post({ name: "\u202eИван\u200b Петров", question: "Нужны\u2066 коробки" });
    expect(response.status).toBe(201);
    expect(await requests()).toMatchObject([{ contactName: "Иван Петров", message: "Нужны коробки" }]);
  });
});
