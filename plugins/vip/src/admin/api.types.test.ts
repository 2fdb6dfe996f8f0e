import type { CoreClient, usePluginApi } from "@quartet/ui";
import { describe, expectTypeOf, it } from "vitest";
import type { vipRouter } from "../server/router.ts";

/** What `usePluginApi<typeof vipRouter>()` hands VIP's screens. */
type VipClient = ReturnType<typeof usePluginApi<typeof vipRouter>>;

// Type tests: the plugin's `tsc` (its typecheck) fails when an inference below breaks.
describe("usePluginApi<typeof vipRouter>()", () => {
  it("infers a procedure's input and its output from the plugin's router", () => {
    expectTypeOf<VipClient>().not.toBeAny();
    expectTypeOf<VipClient["clients"]["get"]["query"]>().parameter(0).toEqualTypeOf<{ clientId: string }>();
    expectTypeOf<VipClient["clients"]["get"]["query"]>()
      .returns.resolves.toHaveProperty("clientId")
      .toBeString();
    expectTypeOf<VipClient["clients"]["get"]["query"]>()
      .returns.resolves.toHaveProperty("managerId")
      .toEqualTypeOf<string | null>();
  });

  it("offers queries as queries and mutations as mutations, and nothing the router lacks", () => {
    expectTypeOf<VipClient["clients"]["override"]>().toHaveProperty("mutate");
    expectTypeOf<VipClient["clients"]["override"]>().not.toHaveProperty("query");
    expectTypeOf<VipClient>().not.toHaveProperty("deals");
  });

  it("rejects a wrong input", () => {
    const call = (vip: VipClient) => {
      // @ts-expect-error clientId is a string
      void vip.clients.get.query({ clientId: 42 });
      // @ts-expect-error clientId is required
      void vip.clients.get.query({});
    };
    expectTypeOf(call).toBeFunction();
  });
});

describe("useCoreApi()", () => {
  it("is typed from the server's CoreRouter", () => {
    expectTypeOf<CoreClient>().not.toBeAny();
    expectTypeOf<CoreClient["orders"]["get"]["query"]>().parameter(0).toEqualTypeOf<{ orderId: string }>();
    expectTypeOf<CoreClient["org"]["get"]["query"]>()
      .returns.resolves.toHaveProperty("defaultCurrency")
      .toBeString();
    const call = (core: CoreClient) => {
      // @ts-expect-error orders.get needs an order id
      void core.orders.get.query({ clientId: "cli_1" });
    };
    expectTypeOf(call).toBeFunction();
  });
});
