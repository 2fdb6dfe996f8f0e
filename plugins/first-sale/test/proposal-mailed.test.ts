import { documentSent } from "@quartet/core";
import { memoryMailer } from "@quartet/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FirstSaleHost, firstSaleHost } from "./support/first-sale-host.ts";
import { newClient, twoLines } from "./support/samples.ts";

describe("a proposal mailed from core", () => {
  let h: FirstSaleHost;
  let mailer: ReturnType<typeof memoryMailer>;
  beforeEach(async () => {
    mailer = memoryMailer();
    h = await firstSaleHost({}, { mailer });
  });
  afterEach(() => h.close());

  async function draftProposal() {
    const client = await newClient(h);
    const api = (await h.as(h.owner)).firstSale;
    const deal = await api.deals.create({ clientId: client.id, lines: twoLines });
    return { api, deal, proposal: await api.proposals.create({ dealId: deal.id }) };
  }

  /** `core.document.sent` as core's send writes it for a document of `type` made from `subjectId`. */
  const sent = (type: string, subjectId: string, clientId: string) =>
    h.emit(documentSent, {
      documentId: "doc_1",
      type,
      subject: type,
      subjectId,
      clientId,
      number: "1",
      version: 1,
      to: ["buyer@example.com"],
      sentBy: h.owner.id,
    });

  /** The timeline entries first sale wrote about proposals being sent. */
  async function sentEntries(clientId: string) {
    const { items } = await (await h.core()).core.timeline.list({ clientId });
    return items.filter((item) => (item.data as { event?: string } | null)?.event === "proposal-sent");
  }

  it("marks a draft sent once, with the timeline entry of the hand mark, even when redelivered", async () => {
    const { api, deal, proposal } = await draftProposal();
    const eventId = await sent("first-sale.proposal", proposal.id, deal.clientId);
    await h.deliver();
    const after = await api.proposals.get({ proposalId: proposal.id });
    expect(after.status).toBe("sent");
    expect(after.sentAt).not.toBeNull();
    expect(await sentEntries(deal.clientId)).toHaveLength(1);

    await h.redeliver(eventId);
    await h.deliver();
    expect(await sentEntries(deal.clientId)).toHaveLength(1);
    expect((await api.proposals.get({ proposalId: proposal.id })).sentAt).toBe(after.sentAt);
  });

  it("is sent through core with its PDF attached, and turns sent", async () => {
    const { api, deal, proposal } = await draftProposal();
    const core = (await h.as(h.owner)).core;
    await core.requisites.org.set({ shortName: "ООО «Сырный двор»", inn: "7707083893" });
    const pdf = await core.documents.issue({
      type: "first-sale.proposal",
      subjectId: proposal.id,
      locale: "ru",
    });
    await core.documents.send({ documentId: pdf.id, to: ["buyer@example.com"] });
    await h.deliver();
    expect((await api.proposals.get({ proposalId: proposal.id })).status).toBe("sent");
    expect(mailer.sent.map((mail) => [mail.to, mail.attachments?.map((a) => a.contentType)])).toEqual([
      ["buyer@example.com", ["application/pdf"]],
    ]);
    expect(mailer.sent[0]?.subject).toContain(`Коммерческое предложение № ${proposal.number}`);
    expect(await sentEntries(deal.clientId)).toHaveLength(1);
  });

  it("leaves an answered proposal as it is, and other documents alone", async () => {
    const { api, deal, proposal } = await draftProposal();
    await api.proposals.setStatus({ proposalId: proposal.id, status: "accepted" });
    await sent("first-sale.proposal", proposal.id, deal.clientId);
    await sent("first-sale.invoice", deal.id, deal.clientId);
    const other = await api.proposals.create({ dealId: deal.id });
    await sent("invoice", other.id, deal.clientId);
    await h.deliver();
    expect((await api.proposals.get({ proposalId: proposal.id })).status).toBe("accepted");
    expect((await api.proposals.get({ proposalId: other.id })).status).toBe("draft");
    expect(await sentEntries(deal.clientId)).toHaveLength(0);
  });
});
