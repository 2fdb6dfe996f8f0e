import { amountMinorOf, Button, Card, currencySign, minorToText, Select, TextField } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { run } from "../shared/error-text.ts";
import { date, money, percent } from "../shared/words.ts";
import type { DealView } from "./types.ts";

type Kind = "upsell" | "cross-sell";

/** The deal's fields — client, farmer, amount and weighted amount, close date, kind, note — and their edit form. */
export function DealDetails(props: { deal: DealView; editable: boolean; onSaved: () => void }): JSX.Element {
  const api = useFarmingApi();
  const [editing, setEditing] = createSignal(false);
  const [title, setTitle] = createSignal("");
  const [amount, setAmount] = createSignal("");
  const [closeOn, setCloseOn] = createSignal("");
  const [kind, setKind] = createSignal<Kind>("upsell");
  const [note, setNote] = createSignal("");
  const [amountError, setAmountError] = createSignal<string>();
  const edit = () => {
    setTitle(props.deal.title);
    setAmount(minorToText(props.deal.amount.amountMinor));
    setCloseOn(props.deal.expectedCloseOn ?? "");
    setKind(props.deal.kind);
    setNote(props.deal.note ?? "");
    setAmountError(undefined);
    setEditing(true);
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const minor = amountMinorOf(amount());
    setAmountError(minor === null ? i18n.t("quickAdd.amountInvalid") : undefined);
    if (minor === null) return;
    const input = {
      dealId: props.deal.id,
      title: title(),
      amountMinor: minor,
      kind: kind(),
      expectedCloseOn: closeOn() || null,
      note: note().trim() || null,
    };
    if (await run(() => api.deals.update.mutate(input), i18n.t("deal.detailsSaved"))) {
      setEditing(false);
      props.onSaved();
    }
  };
  const sumOf = (m: { amountMinor: number; currency: string }) => money(m.amountMinor, m.currency);
  return (
    <Card
      title={i18n.t("deal.details")}
      actions={
        <Show when={props.editable && !editing()}>
          <Button variant="secondary" size="sm" onClick={edit}>
            {i18n.t("deal.edit")}
          </Button>
        </Show>
      }
    >
      <Show
        when={editing()}
        fallback={
          <dl class="fm-dl">
            <dt>{i18n.t("deal.client")}</dt>
            <dd>
              <A href={`/clients/${props.deal.clientId}`}>{props.deal.clientName ?? i18n.t("none")}</A>
            </dd>
            <dt>{i18n.t("deal.amount")}</dt>
            <dd data-field="amount">{sumOf(props.deal.amount)}</dd>
            <dt>{i18n.t("deal.weighted")}</dt>
            <dd>
              {sumOf(props.deal.weighted)} · {percent(props.deal.probability / 100)}
            </dd>
            <dt>{i18n.t("deal.closeOn")}</dt>
            <dd>{date(props.deal.expectedCloseOn)}</dd>
            <dt>{i18n.t("deal.kind")}</dt>
            <dd>{i18n.t(`kind.${props.deal.kind}`)}</dd>
            <dt>{i18n.t("deal.farmer")}</dt>
            <dd>{props.deal.farmerName ?? i18n.t("noFarmer")}</dd>
            <Show when={props.deal.note}>
              <dt>{i18n.t("deal.note")}</dt>
              <dd class="fm-note">{props.deal.note}</dd>
            </Show>
          </dl>
        }
      >
        <form class="q-stack q-gap-3" onSubmit={save}>
          <TextField label={i18n.t("quickAdd.name")} value={title()} onChange={setTitle} />
          <TextField
            label={i18n.t("quickAdd.amount", { currency: currencySign(i18n.locale(), props.deal.currency) })}
            inputMode="decimal"
            value={amount()}
            onChange={setAmount}
            error={amountError()}
          />
          <TextField label={i18n.t("deal.closeOn")} type="date" value={closeOn()} onChange={setCloseOn} />
          <Select
            label={i18n.t("deal.kind")}
            options={[
              { value: "upsell", label: i18n.t("kind.upsell") },
              { value: "cross-sell", label: i18n.t("kind.cross-sell") },
            ]}
            value={kind()}
            onChange={(value) => setKind(value as Kind)}
          />
          <TextField label={i18n.t("deal.note")} multiline value={note()} onChange={setNote} />
          <div class="q-row">
            <Button type="submit" variant="primary">
              {i18n.t("deal.saveDetails")}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(false)}>
              {i18n.t("cancel")}
            </Button>
          </div>
        </form>
      </Show>
    </Card>
  );
}
