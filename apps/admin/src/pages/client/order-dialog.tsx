import { Button, FormDialog, IconPlus, showToast, TextField } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, Index, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { useOrganisation } from "../team/queries.ts";
import { emptyLine, type OrderLineDraft, orderLinesOf, orderTotalMinor } from "./order-draft.ts";
import { OrderLineFields } from "./order-line-fields.tsx";

const lineFields = ["productId", "name", "quantity", "price", "discountPercent"];

/** Today as a business date in the viewer's zone, `YYYY-MM-DD`. */
export function todayDate(): string {
  return new Date().toLocaleDateString("sv-SE");
}

/**
 * Records an order for a client: lines picked from the catalog (or free lines) with quantity,
 * price and discount, the order's date and a note; the total previews as the user types.
 */
export function OrderDialog(props: {
  clientId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRecorded: (orderId: string) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const organisation = useOrganisation();
  const [lines, setLines] = createSignal<OrderLineDraft[]>([emptyLine]);
  const [orderedOn, setOrderedOn] = createSignal(todayDate());
  const [note, setNote] = createSignal("");
  const form = useServerForm(() => [
    "orderedOn",
    "note",
    "lines",
    ...lines().flatMap((_, i) => lineFields.map((field) => `lines.${i}.${field}`)),
  ]);
  const products = useQuery(() => ({
    queryKey: orgKey(org.id(), "catalog", "products", "active"),
    queryFn: () => trpc.core.catalog.products.list.query({ active: true, limit: 200 }),
    enabled: props.open && access.can("core.catalog.read"),
  }));
  const currency = () =>
    products.data?.items.find((p) => p.id === lines()[0]?.productId)?.price.currency ??
    organisation.data?.defaultCurrency ??
    "RUB";
  const reset = () => {
    setLines([emptyLine]);
    setOrderedOn(todayDate());
    setNote("");
    form.show({});
  };
  const setLine = (index: number, line: OrderLineDraft) => {
    form.clear(`lines.${index}`);
    setLines(lines().map((current, i) => (i === index ? line : current)));
  };
  const save = async () => {
    const parsed = orderLinesOf(lines(), i18n.t("orders.form.badNumber"));
    if (!parsed.ok) {
      form.show(parsed.errors);
      return;
    }
    const result = await form.run(() =>
      trpc.core.orders.record.mutate({
        clientId: props.clientId,
        lines: parsed.lines,
        orderedOn: orderedOn() || undefined,
        note: note().trim() || null,
      }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("orders.form.recorded", { number: result.value.number }), tone: "success" });
    await refresh("orders", "clients", "timeline");
    props.onRecorded(result.value.id);
    props.onOpenChange(false);
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={i18n.t("orders.form.title")}
      size="lg"
      submitLabel={i18n.t("orders.record")}
      busy={form.busy()}
      error={form.formError() ?? form.fieldErrors().lines}
      onSubmit={save}
      onOpen={reset}
      footerStart={
        <span class="order-form__total">
          {i18n.t("orders.form.total")}:{" "}
          <strong>{i18n.formatMoney({ amountMinor: orderTotalMinor(lines()), currency: currency() })}</strong>
        </span>
      }
    >
      <h3 class="client-form__section">{i18n.t("orders.form.lines")}</h3>
      <Index each={lines()}>
        {(line, index) => (
          <OrderLineFields
            index={index}
            line={line()}
            products={products.data?.items ?? []}
            currency={currency()}
            errors={form.fieldErrors()}
            removable={lines().length > 1}
            onChange={(next) => setLine(index, next)}
            onRemove={() => setLines(lines().filter((_, i) => i !== index))}
          />
        )}
      </Index>
      <div>
        <Button variant="ghost" icon={<IconPlus />} onClick={() => setLines([...lines(), emptyLine])}>
          {i18n.t("orders.form.addLine")}
        </Button>
      </div>
      <div class="client-form__grid">
        <TextField
          label={i18n.t("orders.form.date")}
          type="date"
          value={orderedOn()}
          onChange={setOrderedOn}
          error={form.fieldErrors().orderedOn}
        />
        <TextField
          label={i18n.t("orders.form.note")}
          value={note()}
          onChange={setNote}
          error={form.fieldErrors().note}
        />
      </div>
    </FormDialog>
  );
}
