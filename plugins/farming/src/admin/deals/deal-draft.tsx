import { amountMinorOf, currencySign, Select, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** What `farming.deals.create` needs besides the client and the stage. */
export type DealFields = {
  kind: "upsell" | "cross-sell";
  amountMinor: number;
  title?: string;
  expectedCloseOn?: string;
};

/**
 * The fields of a new expansion deal as typed — a name, the amount in roubles, the kind, the
 * close date — shared by the board's quick add and the client card's action: `read()` gives the
 * deal's fields, or null with the amount's error shown.
 */
export function createDealDraft() {
  const [title, setTitle] = createSignal("");
  const [amount, setAmount] = createSignal("");
  const [kind, setKind] = createSignal<"upsell" | "cross-sell">("upsell");
  const [closeOn, setCloseOn] = createSignal("");
  const [amountError, setAmountError] = createSignal<string | undefined>();
  return {
    title,
    setTitle,
    amount,
    setAmount,
    kind,
    setKind,
    closeOn,
    setCloseOn,
    amountError,
    reset() {
      setTitle("");
      setAmount("");
      setKind("upsell");
      setCloseOn("");
      setAmountError(undefined);
    },
    read(): DealFields | null {
      const minor = amount().trim() ? amountMinorOf(amount()) : 0;
      setAmountError(minor === null ? i18n.t("quickAdd.amountInvalid") : undefined);
      if (minor === null) return null;
      return {
        kind: kind(),
        amountMinor: minor,
        ...(title().trim() ? { title: title().trim() } : {}),
        ...(closeOn() ? { expectedCloseOn: closeOn() } : {}),
      };
    },
  };
}

/** A deal draft's fields in a form. */
export function DealDraftFields(props: {
  draft: ReturnType<typeof createDealDraft>;
  currency: string;
}): JSX.Element {
  const d = props.draft;
  return (
    <>
      <TextField
        label={i18n.t("quickAdd.name")}
        placeholder={i18n.t("quickAdd.namePlaceholder")}
        value={d.title()}
        onChange={d.setTitle}
      />
      <TextField
        label={i18n.t("quickAdd.amount", { currency: currencySign(i18n.locale(), props.currency) })}
        inputMode="decimal"
        value={d.amount()}
        onChange={d.setAmount}
        error={d.amountError()}
      />
      <Select
        label={i18n.t("quickAdd.kind")}
        options={[
          { value: "upsell", label: i18n.t("kind.upsell") },
          { value: "cross-sell", label: i18n.t("kind.cross-sell") },
        ]}
        value={d.kind()}
        onChange={(value) => d.setKind(value === "cross-sell" ? "cross-sell" : "upsell")}
      />
      <TextField label={i18n.t("quickAdd.closeOn")} type="date" value={d.closeOn()} onChange={d.setCloseOn} />
    </>
  );
}
