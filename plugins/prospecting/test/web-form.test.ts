import { manualClock } from "@quartet/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";
import { leadForm } from "./support/samples.ts";

const site = "https://romashka.ru";
const good = {
  name: "Иван Петров",
  phone: "8 (912) 345-67-89",
  consent: "on",
  question: "Нужны коробки",
  utm_source: "yandex",
};

describe("POST /hooks/prospecting/forms/:key", () => {
  let h: ProspectingHost;
  let endpoint: string;
  beforeEach(async () => {
    // A clock that stands still: the rate limit counts posts per calendar minute, and a slow
    // machine's four posts could otherwise straddle a minute's end.
    h = await prospectingHost({ settings: { formPostsPerMinute: 3 }, clock: manualClock() });
    const owner = await h.as(h.owner);
    const form = await owner.prospecting.forms.create({
      name: "Заявка с сайта",
      definition: leadForm,
      allowedOrigins: [site],
      thankYou: "Спасибо, Иван!",
    });
    endpoint = (
      await owner.prospecting.forms.snippet({ formId: form.id, publicUrl: "https://crm.example.ru" })
    ).endpoint;
  });
  afterEach(() => h.close());

  const path = () => new URL(endpoint).pathname;
  const postJson = (body: unknown, headers: Record<string, string> = { origin: site }, address?: string) =>
    h.hook(
      path(),
      {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      },
      address,
    );
  const requests = async () => (await (await h.as(h.owner)).prospecting.inbox.list({})).items;

  it("accepts a JSON post from an allowed origin: an inbound request with the thank-you message", async () => {
    const response = await postJson(good);
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe(site);
    expect(await response.json()).toEqual({ ok: true, message: "Спасибо, Иван!" });
    expect(await requests()).toEqual([
      expect.objectContaining({
        channel: "web-form",
        source: "form:zayavka-s-sayta",
        contactName: "Иван Петров",
        contactPhone: "+79123456789",
        message: "Нужны коробки",
        doNotCall: false,
      }),
    ]);
    const [request] = await requests();
    const detail = await (await h.as(h.owner)).prospecting.inbox.get({ requestId: request?.id ?? "" });
    expect(detail).toMatchObject({ utm: { utm_source: "yandex" }, consent: true });
  });

  it.each([
    [
      "ru-RU,ru;q=0.9",
      "Проверьте выделенные поля",
      { phone: "Неверный номер телефона", consent: "Нужно согласие на обработку данных" },
    ],
    [
      "en-GB,en;q=0.8",
      "Check the highlighted fields",
      { phone: "Not a valid phone number", consent: "Consent is required" },
    ],
  ])(
    "refuses a bad post in the visitor's language (%s), naming each field",
    async (language, message, fields) => {
      const response = await postJson(
        { ...good, phone: "12", consent: "" },
        { origin: site, "accept-language": language },
      );
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "BAD_INPUT", message, fields } });
      expect(await requests()).toEqual([]);
    },
  );

  it("accepts a form-encoded post", async () => {
    const response = await h.hook(path(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: site },
      body: new URLSearchParams(good).toString(),
    });
    expect(response.status).toBe(201);
    expect(await requests()).toHaveLength(1);
  });

  it("answers the CORS preflight of an allowed origin only", async () => {
    const preflight = (origin: string) =>
      h.hook(path(), { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
    const allowed = await preflight(site);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(site);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect((await preflight("https://evil.example")).status).toBe(403);
  });

  it.each([
    ["from a disallowed origin", () => postJson(good, { origin: "https://evil.example" }), 403],
    ["without an origin when origins are restricted", () => postJson(good, {}), 403],
    ["with the honeypot filled", () => postJson({ ...good, homepage: "http://cheap-pills.example" }), 400],
    ["without consent", () => postJson({ ...good, consent: "" }), 400],
    ["with a bad phone", () => postJson({ ...good, phone: "12" }), 400],
    [
      "with a malformed body",
      () =>
        h.hook(path(), {
          method: "POST",
          headers: { "content-type": "application/json", origin: site },
          body: "{nope",
        }),
      400,
    ],
    ["with a JSON array", () => postJson([good]), 400],
    ["over the size limit", () => postJson({ ...good, question: "я".repeat(17 * 1024) }), 413],
  ])("refuses a post %s and writes nothing", async (_name, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: expect.objectContaining({ code: expect.any(String) }) });
    expect(await requests()).toEqual([]);
  });

  it("names the fields at fault", async () => {
    const response = await postJson({ ...good, phone: "12", consent: "" });
    expect(await response.json()).toMatchObject({
      error: {
        code: "BAD_INPUT",
        fields: { phone: "Not a valid phone number", consent: "Consent is required" },
      },
    });
  });

  it("rate-limits each address: the fourth post within a minute gets 429 and writes nothing", async () => {
    for (let i = 0; i < 3; i++)
      expect((await postJson(good, { origin: site }, "198.51.100.1")).status).toBe(201);
    const refused = await postJson(good, { origin: site }, "198.51.100.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await requests()).toHaveLength(3);
    expect((await postJson(good, { origin: site }, "198.51.100.2")).status).toBe(201);
  });

  it("accepts a phone on the do-not-call list but marks the request", async () => {
    await (await h.as(h.owner)).prospecting.dnc.add({ phone: "+7 912 345-67-89", reason: "Жалоба" });
    expect((await postJson(good)).status).toBe(201);
    expect((await requests())[0]?.doNotCall).toBe(true);
  });

  it("stops answering once the form is switched off", async () => {
    const owner = await h.as(h.owner);
    const [form] = await owner.prospecting.forms.list();
    if (!form) throw new Error("no form");
    await owner.prospecting.forms.update({
      formId: form.id,
      name: form.name,
      definition: { fields: form.fields, honeypotField: form.honeypotField },
      allowedOrigins: form.allowedOrigins,
      active: false,
    });
    expect((await postJson(good)).status).toBe(404);
  });

  it("gives an embed snippet that posts JSON to the endpoint", async () => {
    const [form] = await (await h.as(h.owner)).prospecting.forms.list();
    const snippet = await (await h.as(h.owner)).prospecting.forms.snippet({
      formId: form?.id ?? "",
      publicUrl: "https://crm.example.ru/",
    });
    expect(snippet.endpoint).toMatch(
      /^https:\/\/crm\.example\.ru\/hooks\/prospecting\/forms\/[A-Za-z0-9_-]{32}$/,
    );
    expect(snippet.html).toContain(JSON.stringify(snippet.endpoint));
    expect(snippet.html).toContain("fetch(endpoint");
  });
});
