import { describe, expect, it } from "vitest";
import { defaultTier } from "../src/contracts/program.ts";
import { buysAndPays, newClient, RUB, refusal } from "./support/samples.ts";
import { vipHost } from "./support/vip-host.ts";

/** Every procedure's permission is checked router-wide by the host's access tests; these check the roles. */
describe("VIP's procedures and who may call them", () => {
  it("let a manager read and review but not override or change the program; a viewer only read", async () => {
    const h = await vipHost();
    try {
      const manager = await h.member("Марина", "member");
      const client = await newClient(h, "ООО Важный", { manager });
      await buysAndPays(h, client.id, 6_000_000 * RUB, "2026-05-20");
      const clientId = client.id;
      const member = (await h.as(manager)).vip;
      const viewer = (await h.as(await h.member("Вера", "viewer"))).vip;
      expect((await viewer.clients.list({})).total).toBe(1);
      const refused = [
        member.clients.override({ clientId, mode: "exclude", reason: "x" }),
        member.program.save({ tiers: [defaultTier] }),
        member.program.preview({ tiers: [defaultTier] }),
        viewer.reviews.complete({ clientId, note: "Всё хорошо" }),
      ];
      for (const p of refused) expect((await refusal(p)).code).toBe("FORBIDDEN");
      const review = await member.reviews.complete({ clientId, note: "Обсудили план на квартал" });
      expect(review).toMatchObject({ reviewedOn: "2026-06-01", nextReviewOn: "2026-09-01" });
    } finally {
      await h.close();
    }
  });

  it("answer bad input with a 4xx naming the field, and write nothing", async () => {
    const h = await vipHost();
    try {
      const api = (await h.as(h.owner)).vip;
      const client = await newClient(h, "ООО Важный");
      const badKey = await refusal(api.program.save({ tiers: [{ ...defaultTier, key: "Золото" }] }));
      expect(badKey).toMatchObject({ code: "BAD_REQUEST", fields: { "tiers.0.key": expect.any(String) } });
      const noTier = await refusal(
        api.clients.override({ clientId: client.id, mode: "keep", tierKey: "gold", reason: "Партнёр" }),
      );
      expect(noTier).toMatchObject({ code: "BAD_REQUEST", fields: { tierKey: "No such tier" } });
      const past = await refusal(
        api.clients.override({ clientId: client.id, mode: "exclude", reason: "Спор", until: "2026-05-01" }),
      );
      expect(past).toMatchObject({ code: "BAD_REQUEST", fields: { until: "Already past" } });
      const empty = await refusal(api.reviews.complete({ clientId: client.id, note: " " }));
      expect(empty).toMatchObject({ code: "BAD_REQUEST", fields: { note: expect.any(String) } });
      expect((await api.program.get()).tiers.map((t) => t.key)).toEqual(["vip"]);
      expect((await api.clients.get({ clientId: client.id })).override).toBeNull();
      expect((await refusal(api.clients.get({ clientId: "cli_missing" }))).code).toBe("NOT_FOUND");
    } finally {
      await h.close();
    }
  });
});
