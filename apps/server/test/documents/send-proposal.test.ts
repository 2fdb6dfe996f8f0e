import { firstSalePlugin } from "@quartet/first-sale/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoLines } from "../../../../plugins/first-sale/test/support/samples.ts";
import { type SendHost, sendHost } from "./send-host.ts";

describe("sending first sale's proposal", () => {
  let h: SendHost<[typeof firstSalePlugin]>;
  beforeAll(async () => {
    h = await sendHost({ plugins: [firstSalePlugin] });
  });
  afterAll(() => h.close());

  it("reaches the mail server with its PDF, turns the proposal sent and records both on the timeline", async () => {
    const owner = await h.as(h.team.owner.user, "ru");
    const deal = await owner.firstSale.deals.create({ clientId: h.client.id, lines: twoLines });
    const proposal = await owner.firstSale.proposals.create({ dealId: deal.id });
    const pdf = await owner.core.documents.issue({ type: "first-sale.proposal", subjectId: proposal.id });
    await owner.core.documents.send({ documentId: pdf.id, to: ["buh@veter.ru"] });
    await h.deliver();

    const [mail] = h.documentMails();
    expect(mail?.subject).toBe(
      `Коммерческое предложение № ${pdf.number} от 7 декабря 2026 г. — ООО «Квартет»`,
    );
    expect(
      mail?.attachments.map((a) => [a.filename, new TextDecoder().decode(a.content.slice(0, 5))]),
    ).toEqual([[pdf.fileName, "%PDF-"]]);
    expect((await owner.firstSale.proposals.get({ proposalId: proposal.id })).status).toBe("sent");
    const { items } = await owner.core.timeline.list({ clientId: h.client.id });
    const events = items.map((item) => (item.data as { event?: string } | null)?.event);
    expect(events).toEqual(expect.arrayContaining(["document-sent", "proposal-sent"]));
  });
});
