import { expectConformance } from "@quartet/testing/conformance";
import { it } from "vitest";
import { prospectingPlugin } from "../src/server/index.ts";
import { coldCallScript } from "./support/samples.ts";

it(
  "prospecting keeps the plugin rules (conformance check)",
  () =>
    expectConformance(prospectingPlugin, {
      installed: [prospectingPlugin],
      // A call script of the company's own: rows for disable → enable to keep.
      async seed(h) {
        await (await h.as(h.owner)).prospecting.scripts.create({ name: "Холодный", graph: coldCallScript });
      },
    }),
  120_000,
);
