import { Badge, type BadgeTone, Button, Card, DocumentsCard, type Locale } from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { type DealPageData, type FirstSaleOutputs, useCoreApi, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { useCan } from "../shared/permissions.ts";
import { run } from "../shared/run.ts";
import { ProposalDialog, type ProposalTarget } from "./proposal-dialog.tsx";
import { ProposalVersions } from "./proposal-versions.tsx";

type Proposal = DealPageData["proposals"][number];
type Status = Proposal["status"];

const next: Record<Status, readonly ("sent" | "accepted" | "declined")[]> = {
  draft: ["sent", "accepted", "declined"],
  sent: ["accepted", "declined"],
  accepted: [],
  declined: [],
};
const tones: Record<Status, BadgeTone> = {
  draft: "neutral",
  sent: "info",
  accepted: "success",
  declined: "danger",
};

/**
 * The deal's commercial proposals: write one, revise it, mark it sent, accepted or declined; its
 * PDF (core's documents of `first-sale.proposal`) is issued, previewed, downloaded and mailed in
 * the fold under «PDF и отправка» — a mailed draft turns sent on its own.
 */
export function ProposalsCard(props: {
  data: DealPageData;
  /** The addresses the send dialog suggests. */
  recipients: readonly string[];
  documentLocale: Locale | undefined;
  onChanged: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const core = useCoreApi();
  const can = useCan();
  const [target, setTarget] = createSignal<ProposalTarget | null>(null);
  const [open, setOpen] = createSignal<string | null>(null);
  const [documentsOf, setDocumentsOf] = createSignal<string | null>(null);
  const writes = () => can("proposalsWrite");
  const mark = (p: Proposal, status: "sent" | "accepted" | "declined") =>
    run(
      () => api.proposals.setStatus.mutate({ proposalId: p.id, status }),
      i18n.t("proposals.marked", { status: i18n.t(`proposals.status.${status}`) }),
    ).then((ok) => ok && props.onChanged());
  const revise = async (p: Proposal) => {
    const full: FirstSaleOutputs["proposals"]["get"] = await api.proposals.get.query({ proposalId: p.id });
    const current = full.versions.find((v) => v.version === full.currentVersion);
    setTarget({
      kind: "revise",
      proposalId: p.id,
      number: p.number,
      terms: current?.terms ?? "",
      validUntil: current?.validUntil ?? "",
    });
  };
  const dealLines = () =>
    props.data.lines.map(({ productId, name, quantity, price, discountPercent }) => ({
      productId,
      name,
      quantity,
      price: { amountMinor: price.amountMinor },
      discountPercent,
    }));
  return (
    <Card
      title={i18n.t("proposals.title")}
      actions={
        <Show when={writes()}>
          <Button size="sm" onClick={() => setTarget({ kind: "create", dealId: props.data.deal.id })}>
            {i18n.t("proposals.create")}
          </Button>
        </Show>
      }
    >
      <ul class="fs-list">
        <For each={props.data.proposals} fallback={<li class="fs-muted">{i18n.t("proposals.none")}</li>}>
          {(p) => (
            <li class="fs-proposal" data-proposal={p.number}>
              <div class="fs-row">
                <strong>{p.number}</strong>
                <span class="fs-muted">{i18n.t("proposals.version", { version: p.currentVersion })}</span>
                <Badge tone={tones[p.status]}>{i18n.t(`proposals.status.${p.status}`)}</Badge>
                <span>{i18n.formatMoney(p.total)}</span>
                <span class="fs-muted">
                  {i18n.t("proposals.validTill", { date: i18n.formatDate(p.validUntil) })}
                </span>
              </div>
              <div class="fs-row">
                <Button
                  size="sm"
                  variant="secondary"
                  aria-expanded={documentsOf() === p.id}
                  onClick={() => setDocumentsOf(documentsOf() === p.id ? null : p.id)}
                >
                  {i18n.t("proposals.pdf")}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-expanded={open() === p.id}
                  onClick={() => setOpen(open() === p.id ? null : p.id)}
                >
                  {i18n.t("proposals.versions")}
                </Button>
                <Show when={writes()}>
                  <For each={next[p.status]}>
                    {(status) => (
                      <Button size="sm" variant="ghost" onClick={() => void mark(p, status)}>
                        {i18n.t(`proposals.mark.${status}`)}
                      </Button>
                    )}
                  </For>
                  <Show when={p.status !== "accepted"}>
                    <Button size="sm" variant="ghost" onClick={() => void run(() => revise(p))}>
                      {i18n.t("proposals.revise")}
                    </Button>
                  </Show>
                </Show>
              </div>
              <Show when={open() === p.id}>
                <ProposalVersions proposalId={p.id} />
              </Show>
              <Show when={documentsOf() === p.id}>
                <DocumentsCard
                  class="fs-proposal-documents"
                  api={core.documents}
                  subject="first-sale.proposal"
                  subjectId={p.id}
                  recipients={props.recipients}
                  documentLocale={props.documentLocale}
                  title={i18n.t("proposals.documents", { number: p.number })}
                  onChange={props.onChanged}
                />
              </Show>
            </li>
          )}
        </For>
      </ul>
      <ProposalDialog
        target={target()}
        dealLines={dealLines()}
        onClose={() => setTarget(null)}
        onSaved={() => {
          setTarget(null);
          props.onChanged();
        }}
      />
    </Card>
  );
}
