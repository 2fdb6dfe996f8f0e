import { expectConformance } from "@quartet/testing/conformance";
import { it } from "vitest";
import { farmingPlugin } from "../src/server/index.ts";
import { buys } from "./support/account-samples.ts";
import { newClient } from "./support/deal-samples.ts";

it(
  "farming keeps the plugin rules (conformance check)",
  () =>
    expectConformance(farmingPlugin, {
      installed: [farmingPlugin],
      // An account with a purchase rhythm and a cadence of its own: rows for disable → enable to keep.
      async seed(h) {
        const farmer = await h.member("Фёдор", "member");
        const client = await newClient(h, "ООО Ромашка", farmer);
        await buys(h, client.id, ["2026-03-13", "2026-04-12", "2026-05-12"]);
        await (await h.as(h.owner)).farming.accounts.setCadence({ clientId: client.id, days: 10 });
      },
    }),
  120_000,
);
