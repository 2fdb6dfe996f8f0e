import { newId } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";

describe("a do-not-call entry refers only to a client of the organisation", () => {
  let h: ProspectingHost;
  beforeAll(async () => {
    h = await prospectingHost();
  });
  afterAll(() => h.close());

  it("refuses a client id the organisation does not have, naming the field, and stores nothing", async () => {
    const api = (await h.as(h.owner)).prospecting;
    await expect(
      api.dnc.add({ phone: "+79123000001", reason: "Жалоба", clientId: newId("cli") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", cause: { fieldRefs: { clientId: expect.anything() } } });
    expect(await api.dnc.list({})).toEqual([]);
  });

  it("keeps the client of an entry when it is the organisation's own", async () => {
    const client = await (await h.core(h.owner)).core.clients.create({ name: "ООО Ромашка" });
    const api = (await h.as(h.owner)).prospecting;
    await api.dnc.add({ phone: "+79123000002", reason: "Жалоба", clientId: client.id });
    expect(await api.dnc.list({})).toMatchObject([{ phone: "+79123000002", clientId: client.id }]);
  });
});
