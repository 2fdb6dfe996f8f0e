import { aClient } from "@quartet/testing";
import { afterEach, beforeEach, expect, it } from "vitest";
import { type ReferralsHost, referralsHost } from "./host.ts";

let h: ReferralsHost;
beforeEach(async () => {
  h = await referralsHost();
});
afterEach(() => h.close());

it("a viewer sees referrals but may not record one: FORBIDDEN, nothing written", async () => {
  const alfa = await aClient(h, { name: "ООО Альфа" });
  const beta = await aClient(h, { name: "ООО Бета" });
  const viewer = await h.member("Вера", "viewer");
  const api = (await h.as(viewer)).referrals;

  await expect(api.record({ clientId: beta.id, referrerId: alfa.id })).rejects.toMatchObject({
    code: "FORBIDDEN",
  });
  expect((await api.list()).items).toEqual([]);
  expect(await h.outbox("referrals.referral.recorded")).toEqual([]);
});

it("a member records a referral between clients they see, and not with one they do not", async () => {
  const member = await h.member("Мария", "member");
  const alfa = await aClient(h, { name: "ООО Альфа" }, member);
  const beta = await aClient(h, { name: "ООО Бета" }, member);
  const hidden = await aClient(h, { name: "ООО Чужая" });

  await expect(
    (await h.as(member)).referrals.record({ clientId: hidden.id, referrerId: alfa.id }),
  ).rejects.toMatchObject({ code: "NOT_FOUND" });

  await (await h.as(member)).referrals.record({ clientId: beta.id, referrerId: alfa.id });
  expect((await (await h.as(h.owner)).referrals.list()).items).toHaveLength(1);
});
