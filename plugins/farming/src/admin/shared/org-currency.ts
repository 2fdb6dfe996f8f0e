import { createResource } from "solid-js";
import { useCoreApi } from "../api.ts";

/** The organisation's currency (roubles until it is known): money fields are typed in it. */
export function createOrgCurrency(): () => string {
  const core = useCoreApi();
  const [org] = createResource(() => core.org.get.query().catch(() => ({ defaultCurrency: "RUB" })));
  return () => org.latest?.defaultCurrency ?? "RUB";
}
