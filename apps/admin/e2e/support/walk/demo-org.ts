import type { Page } from "playwright-core";
import { type Account, signUpThroughApi } from "../accounts.ts";
import { mutateFromPage, queryFromPage } from "../trpc.ts";

type Progress = { state: "running" | "done" | "failed"; orgId: string | null; error: string | null };

/**
 * Signs `account` up and fills a NEW organisation with the demo seeder (`core.demo.start`, the small
 * size): all four legs enabled, a team, clients, calls, requests, deals, orders, VIP clients; then makes
 * it the account's organisation and opens an expansion deal (the demo has none). Resolves once done.
 */
export async function fillDemoOrganisation(page: Page, baseUrl: string, account: Account): Promise<string> {
  await signUpThroughApi(page, baseUrl, account);
  const { runId } = await mutateFromPage<{ runId: string }>(page, "core.demo.start", { size: "small" });
  const progress = () => queryFromPage<Progress>(page, "core.demo.progress", { runId });
  // The small demo takes seconds on an idle machine, a busy one minutes: the hook's timeout bounds the wait.
  let done = await progress();
  while (done.state === "running") {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    done = await progress();
  }
  if (done.state !== "done" || !done.orgId) throw new Error(`the demo seeder failed: ${done.error}`);
  await mutateFromPage(page, "core.org.switch", { orgId: done.orgId });
  // The demo leaves farming's board empty; one expansion deal gives its deal page something to show.
  const { items } = await queryFromPage<{ items: { id: string; stage: string }[] }>(
    page,
    "core.clients.list",
    {
      limit: 50,
    },
  );
  const customer = items.find((client) => client.stage === "customer");
  if (!customer) throw new Error("the demo made no customer to open an expansion deal with");
  await mutateFromPage(page, "farming.deals.create", {
    clientId: customer.id,
    title: "Кабель на второй корпус",
    kind: "upsell",
    amountMinor: 42_000_000,
    stageKey: "discussion",
  });
  return done.orgId;
}
