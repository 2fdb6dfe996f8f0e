import { aClient } from "@quartet/testing";
import { expectConformance } from "@quartet/testing/conformance";
import { it } from "vitest";
import referrals from "../src/server/index.ts";

it("keeps the host's rules (the conformance check), with a referral and a reward to keep", async () => {
  await expectConformance(referrals, {
    installed: [referrals],
    async seed(h) {
      const alfa = await aClient(h, { name: "ООО Альфа" });
      const beta = await aClient(h, { name: "ООО Бета" });
      await (await h.as(h.owner)).referrals.record({ clientId: beta.id, referrerId: alfa.id });
    },
  });
}, 120_000);
