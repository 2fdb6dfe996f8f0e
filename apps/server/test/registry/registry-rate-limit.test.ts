import { DomainError, manualClock } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistryService } from "../../src/registry/index.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { startFakeDadata } from "./fake-dadata.ts";

describe("registry lookups per organisation and minute", () => {
  let fake: Awaited<ReturnType<typeof startFakeDadata>>;
  let t: TestHost;
  beforeAll(async () => {
    fake = await startFakeDadata("tok");
    t = await createTestHost();
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it("refuses the lookup past the limit with RATE_LIMITED and the wait, without calling the registry", async () => {
    const { host } = t;
    const service = createRegistryService({ ...host, clock: manualClock(), baseUrl: fake.url, perMinute: 2 });
    const orgId = (await host.createOrganisation({ name: "ООО Ромашка" })).id;
    await service.setToken(orgId, userActor("usr_owner"), "tok");
    await service.findBank(orgId, "044525225");
    await service.findParty(orgId, "7707083893");
    const asked = fake.requests.length;
    const refusal = await service.findBank(orgId, "044525225").catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: "RATE_LIMITED",
      key: "core.registry.tooMany",
      params: { seconds: 60 },
    });
    expect(fake.requests.length).toBe(asked);
  });
});
