import { organisations } from "@quartet/db/control";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { addMember, callerFor, createUser, sessionOf } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

let t: TestHost;
beforeEach(async () => {
  t = await createTestHost({ env: { QUARTET_MAX_ORGS_PER_USER: "2" } });
});
afterEach(() => t.close());

const orgCount = async () => (await t.host.control.db.select().from(organisations)).length;

describe("organisations a person may own (QUARTET_MAX_ORGS_PER_USER)", () => {
  it("refuses the one past the limit with 403 in the viewer's words, creating nothing", async () => {
    const ann = await createUser(t, "Ann");
    const api = await callerFor(t, ann);
    const first = await api.core.org.create({ name: "Первая" });
    await api.core.org.create({ name: "Вторая" });
    expect(await callRefusal(api.core.org.create({ name: "Третья" }))).toMatchObject({
      code: "FORBIDDEN",
      message: "You already own 2 organisations, the most one person may create on this server",
    });
    expect(await callRefusal(api.core.demo.start({ size: "small" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await orgCount()).toBe(2);

    // Membership of someone else's organisation does not count; owning does.
    const bob = await createUser(t, "Bob");
    await addMember(t, first.id, ann, bob, "member");
    const bobApi = await callerFor(t, bob);
    await bobApi.core.org.create({ name: "Своя" });
    await bobApi.core.org.create({ name: "Вторая своя" });
    expect((await callRefusal(bobApi.core.org.create({ name: "Третья" }))).code).toBe("FORBIDDEN");
    expect(await orgCount()).toBe(4);
  });

  it("words the refusal in Russian for a Russian viewer", async () => {
    const ann = await createUser(t, "Ann");
    const api = await callerFor(t, ann);
    await api.core.org.create({ name: "Первая" });
    await api.core.org.create({ name: "Вторая" });
    const refused = await t.app(sessionOf(t, ann)).request("/trpc/core.org.create", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-quartet-locale": "ru",
        origin: "http://localhost:3000",
      },
      body: JSON.stringify({ json: { name: "Третья" } }),
    });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain(
      "У вас уже 2 организации — больше на этом сервере одному человеку создавать нельзя",
    );
  });
});
