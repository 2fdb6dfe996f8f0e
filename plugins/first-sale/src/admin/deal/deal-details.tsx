import { Button, Card, Select, TextField } from "@quartet/ui";
import { createEffect, createSignal, type JSX, on, Show } from "solid-js";
import { type DealView, useFirstSaleApi } from "../api.ts";
import type { CoreContact } from "../core-api.ts";
import { i18n } from "../i18n/index.ts";
import { amountText, parseAmount } from "../shared/amount.ts";
import { useCan } from "../shared/permissions.ts";
import { run } from "../shared/run.ts";

/** The deal's own fields: title, hunter, contact, expected close date, source, and the estimate while it has no lines. */
export function DealDetails(props: {
  deal: DealView;
  hasLines: boolean;
  contacts: readonly CoreContact[];
  members: readonly { userId: string; name: string }[];
  onSaved: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const can = useCan();
  const [title, setTitle] = createSignal("");
  const [hunterId, setHunterId] = createSignal("");
  const [contactId, setContactId] = createSignal("");
  const [closeOn, setCloseOn] = createSignal("");
  const [source, setSource] = createSignal("");
  const [estimate, setEstimate] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  // The form starts from the deal and keeps what is typed while the page reloads for other reasons.
  createEffect(
    on(
      () => props.deal.id,
      () => {
        const d = props.deal;
        setTitle(d.title);
        setHunterId(d.hunterId ?? "");
        setContactId(d.contactId ?? "");
        setCloseOn(d.expectedCloseOn ?? "");
        setSource(d.source ?? "");
        setEstimate(amountText(d.estimate.amountMinor));
      },
    ),
  );
  const readOnly = () => !can("dealsWrite") || props.deal.status !== "open";
  // A sentinel for "nobody": the select shows no option whose value is empty.
  const none = { value: "-", label: i18n.t("details.nobody") };
  const chosen = (value: string) => (value === "-" ? "" : value);
  const save = async () => {
    setBusy(true);
    const minor = parseAmount(estimate());
    await run(
      () =>
        api.deals.update.mutate({
          dealId: props.deal.id,
          title: title().trim() || props.deal.title,
          hunterId: hunterId() || null,
          contactId: contactId() || null,
          expectedCloseOn: closeOn() || null,
          source: source().trim() || null,
          ...(minor !== null && !props.hasLines ? { estimate: { amountMinor: minor } } : {}),
        }),
      i18n.t("details.saved"),
    ).then((ok) => ok && props.onSaved());
    setBusy(false);
  };
  return (
    <Card title={i18n.t("details.title")}>
      <div class="fs-stack">
        <TextField
          label={i18n.t("details.dealTitle")}
          value={title()}
          onChange={setTitle}
          readOnly={readOnly()}
        />
        <Select
          label={i18n.t("details.hunter")}
          options={[none, ...props.members.map((m) => ({ value: m.userId, label: m.name }))]}
          value={hunterId() || "-"}
          onChange={(value) => setHunterId(chosen(value))}
          disabled={readOnly()}
        />
        <Select
          label={i18n.t("details.contact")}
          options={[none, ...props.contacts.map((c) => ({ value: c.id, label: contactLabel(c) }))]}
          value={contactId() || "-"}
          onChange={(value) => setContactId(chosen(value))}
          disabled={readOnly()}
        />
        <TextField
          label={i18n.t("details.expectedClose")}
          type="date"
          value={closeOn()}
          onChange={setCloseOn}
          readOnly={readOnly()}
        />
        <TextField
          label={i18n.t("details.source")}
          value={source()}
          onChange={setSource}
          readOnly={readOnly()}
        />
        <Show when={!props.hasLines}>
          <TextField
            label={i18n.t("details.estimate")}
            value={estimate()}
            onChange={setEstimate}
            inputMode="decimal"
            readOnly={readOnly()}
          />
        </Show>
        <Show when={!readOnly()}>
          <div>
            <Button loading={busy()} onClick={() => void save()}>
              {i18n.t("details.save")}
            </Button>
          </div>
        </Show>
      </div>
    </Card>
  );
}

function contactLabel(c: CoreContact): string {
  const reach = c.phones[0] ?? c.emails[0];
  return [c.name, c.position, reach].filter(Boolean).join(" · ");
}
