import { DomainError } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDadataRegistry } from "../../src/registry/index.ts";
import { startFakeDadata } from "./fake-dadata.ts";

const token = "secret0token1";

describe("the DaData adapter against a local fake", () => {
  let fake: Awaited<ReturnType<typeof startFakeDadata>>;
  beforeAll(async () => {
    fake = await startFakeDadata(token);
  });
  afterAll(() => fake.close());

  it("asks findById/party with the token and reads the company", async () => {
    const registry = createDadataRegistry({ baseUrl: fake.url, token });
    const [party] = await registry.findParty("7707083893");
    expect(party).toMatchObject({ inn: "7707083893", kpp: "773601001", ogrn: "1027700132195" });
    expect(fake.requests.at(-1)).toEqual({
      path: "/suggestions/api/4_1/rs/findById/party",
      authorization: `Token ${token}`,
      body: { query: "7707083893" },
    });
  });

  it("passes a branch's KPP and finds nothing for an unknown one", async () => {
    const registry = createDadataRegistry({ baseUrl: `${fake.url}/`, token });
    expect(await registry.findParty("7707083893", "773601001")).toHaveLength(1);
    expect(fake.requests.at(-1)?.body).toEqual({ query: "7707083893", kpp: "773601001" });
    expect(await registry.findParty("7707083893", "770201001")).toEqual([]);
  });

  it("reads a bank by BIK and answers null for an unknown BIK", async () => {
    const registry = createDadataRegistry({ baseUrl: fake.url, token });
    expect(await registry.findBank("044525225")).toEqual({
      bik: "044525225",
      name: "ПАО СБЕРБАНК",
      correspondentAccount: "30101810400000000225",
      address: "117997, г Москва, ул Вавилова, д 19",
    });
    expect(await registry.findBank("044525999")).toBeNull();
  });

  const refusal = (call: Promise<unknown>) =>
    call.then(
      () => null,
      (e: unknown) =>
        e instanceof DomainError ? { code: e.code, key: e.key, text: JSON.stringify(e) + e.message } : e,
    );

  it.each([
    { name: "a refused token", badToken: "wrong", mode: "ok", key: "core.registry.tokenRefused" },
    { name: "a failing service", badToken: token, mode: "down", key: "core.registry.unavailable" },
  ] as const)("turns $name into PRECONDITION_FAILED without the token", async ({ badToken, mode, key }) => {
    fake.setMode(mode);
    const found = await refusal(
      createDadataRegistry({ baseUrl: fake.url, token: badToken }).findParty("7707083893"),
    );
    fake.setMode("ok");
    expect(found).toMatchObject({ code: "PRECONDITION_FAILED", key });
    expect((found as { text: string }).text).not.toContain(badToken);
  });

  it("gives up on a registry that never answers (timeout) with PRECONDITION_FAILED", async () => {
    fake.setMode("silent");
    const found = await refusal(
      createDadataRegistry({ baseUrl: fake.url, token, timeoutMs: 50 }).findBank("044525225"),
    );
    fake.setMode("ok");
    expect(found).toMatchObject({ code: "PRECONDITION_FAILED", key: "core.registry.unavailable" });
  });

  it("turns an unreachable service into PRECONDITION_FAILED", async () => {
    const closed = await startFakeDadata(token);
    await closed.close();
    const found = await refusal(createDadataRegistry({ baseUrl: closed.url, token }).findBank("044525225"));
    expect(found).toMatchObject({ code: "PRECONDITION_FAILED", key: "core.registry.unavailable" });
  });
});
