import type { Page } from "playwright-core";
import { mutateFromPage } from "./trpc.ts";

/**
 * A campaign «Весна» over `clientIds` with a one-question script («Удобно говорить?»: yes →
 * interested, later → callback), callable round the clock — made through the API as the page's
 * member, for tests about the call screen rather than about building campaigns.
 *
 * @example const { listId } = await roundTheClockCampaign(page, [clientId])
 */
export async function roundTheClockCampaign(page: Page, clientIds: string[]) {
  const call = <T>(path: string, input: unknown) => mutateFromPage<T>(page, path, input);
  const script = await call<{ id: string }>("prospecting.scripts.create", {
    name: "Короткий",
    graph: {
      start: "ask",
      steps: [
        {
          id: "ask",
          kind: "question",
          text: "Удобно говорить?",
          options: [
            { value: "yes", label: "Да", outcome: "interested" },
            { value: "later", label: "Позже", outcome: "callback" },
          ],
        },
      ],
    },
  });
  const list = await call<{ id: string }>("prospecting.lists.create", { name: "Москва", clientIds });
  const campaign = await call<{ id: string }>("prospecting.campaigns.create", {
    name: "Весна",
    listId: list.id,
    scriptId: script.id,
    window: { days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" },
    maxAttempts: 3,
  });
  return { scriptId: script.id, listId: list.id, campaignId: campaign.id };
}
