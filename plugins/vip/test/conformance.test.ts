import { expectConformance } from "@quartet/testing/conformance";
import { it } from "vitest";
import { vipPlugin } from "../src/server/index.ts";
import { buysAndPays, newClient, RUB } from "./support/samples.ts";

it(
  "VIP keeps the plugin rules (conformance check)",
  () =>
    expectConformance(vipPlugin, {
      installed: [vipPlugin],
      // A client paying enough to be assessed: rows for disable → enable to keep.
      async seed(h) {
        const client = await newClient(h, "ООО Ромашка");
        await buysAndPays(h, client.id, 5_000_000 * RUB, "2026-05-20");
        await h.runJob("reassess");
      },
    }),
  120_000,
);
