import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { trpcAs } from "./http.ts";

/** A refusal's words, whatever the call: the test fails when the call succeeds. */
async function refusedWith(call: Promise<Awaited<ReturnType<ReturnType<typeof trpcAs>["mutate"]>>>) {
  const answer = await call;
  if (answer.ok) throw new Error("expected a refusal");
  return answer.refusal;
}

describe("server messages in the viewer's language", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "ООО Ромашка" })).id;
  });
  afterAll(() => t.close());

  const badInn = { name: "Ромашка", inn: "7707083894" };

  it.each([
    [
      "x-quartet-locale: ru",
      { "x-quartet-locale": "ru" },
      "Контрольная сумма ИНН не сходится",
      "Проверьте данные — inn: ",
    ],
    [
      "x-quartet-locale: en",
      { "x-quartet-locale": "en" },
      "INN checksum does not match",
      "Invalid input — inn: ",
    ],
    [
      "Accept-Language: ru-RU",
      { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" },
      "Контрольная сумма ИНН не сходится",
      "Проверьте данные — inn: ",
    ],
    ["no language at all", {}, "INN checksum does not match", "Invalid input — inn: "],
  ])("core.clients.create with a bad INN, %s: 400 naming inn", async (_, headers, inn, lead) => {
    const refusal = await refusedWith(trpcAs(t, orgId).mutate("core.clients.create", badInn, headers));
    expect(refusal.status).toBe(400);
    expect(refusal.message).toBe(lead + inn);
    expect(refusal.data).toMatchObject({
      domainCode: "BAD_INPUT",
      fields: { inn },
      messageKey: "core.input.invalidInput",
      fieldKeys: { inn: { key: "core.clients.innChecksum" } },
    });
  });

  it.each([
    ["ru", "Не больше 300 символов"],
    ["en", "At most 300 characters"],
  ])("a field without a message of its own is worded by its problem (%s)", async (locale, expected) => {
    const long = { name: "я".repeat(301) };
    const refusal = await refusedWith(
      trpcAs(t, orgId).mutate("core.clients.create", long, { "x-quartet-locale": locale }),
    );
    expect(refusal.data.fields).toEqual({ name: expected });
  });

  it.each([
    ["ru", "Этого клиента больше нет, или он вам не виден."],
    ["en", "No such client"],
  ])("a domain refusal and its field keep the same words (%s)", async (locale, words) => {
    const api = trpcAs(t, orgId);
    const refusal = await refusedWith(
      api.query("core.clients.get", { id: "cli_missing" }, { "x-quartet-locale": locale }),
    );
    expect(refusal).toMatchObject({
      status: 404,
      message: words,
      data: { domainCode: "NOT_FOUND", messageKey: "core.records.noSuchClient" },
    });
  });

  it("answers the REST bridge in the language of Accept-Language", async () => {
    const response = await t.app().request("/api/v1/core.clients.create", {
      method: "POST",
      headers: {
        "x-test-user": "owner",
        "x-test-org": orgId,
        "accept-language": "ru",
        "content-type": "application/json",
      },
      body: JSON.stringify(badInn),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { message: string; fields: Record<string, string> };
    };
    expect(error.fields).toEqual({ inn: "Контрольная сумма ИНН не сходится" });
  });

  it("names each bad item of a list at its index", async () => {
    const api = trpcAs(t, orgId);
    const refusal = await refusedWith(
      api.mutate(
        "core.clients.create",
        { name: "Ромашка", phones: ["12", "34"] },
        { "x-quartet-locale": "ru" },
      ),
    );
    expect(refusal.data.fields).toEqual({
      "phones.0": "Номер телефона указан неверно",
      "phones.1": "Номер телефона указан неверно",
    });
  });
});
