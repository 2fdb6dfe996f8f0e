import { Button, Combobox, IconTrash, TextField } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { firstErrorOf } from "../clients/client-form-fields.tsx";
import { lineTotalMinor, lineWithProduct, type OrderLineDraft, type PickedProduct } from "./order-draft.ts";

/** One line of the order form: a catalog product (or a free line), quantity, price, discount and the line's total. */
export function OrderLineFields(props: {
  index: number;
  line: OrderLineDraft;
  products: readonly PickedProduct[];
  currency: string;
  errors: Record<string, string>;
  removable: boolean;
  onChange: (line: OrderLineDraft) => void;
  onRemove: () => void;
}): JSX.Element {
  const i18n = useT();
  const path = (field: string) => `lines.${props.index}.${field}`;
  const errorOf = (field: string) => firstErrorOf(props.errors, path(field));
  const set = (patch: Partial<OrderLineDraft>) => props.onChange({ ...props.line, ...patch });
  const total = () => lineTotalMinor(props.line);
  return (
    <fieldset class="order-line">
      <legend class="q-visually-hidden">{i18n.t("orders.form.productFor", { line: props.index + 1 })}</legend>
      <Combobox
        class="order-line__product"
        label={i18n.t("orders.form.product")}
        placeholder={i18n.t("orders.form.freeLine")}
        options={[
          { value: "", label: i18n.t("orders.form.freeLine") },
          ...props.products.map((product) => ({ value: product.id, label: product.name })),
        ]}
        value={props.line.productId ?? ""}
        onChange={(id) =>
          props.onChange(lineWithProduct(props.line, props.products.find((p) => p.id === id) ?? null))
        }
        error={errorOf("productId")}
      />
      <TextField
        class="order-line__name"
        label={i18n.t("orders.form.lineName")}
        value={props.line.name}
        onChange={(name) => set({ name })}
        error={errorOf("name")}
      />
      <TextField
        class="order-line__number"
        label={i18n.t("orders.form.quantity")}
        inputMode="decimal"
        value={props.line.quantity}
        onChange={(quantity) => set({ quantity })}
        error={errorOf("quantity")}
      />
      <TextField
        class="order-line__number"
        label={i18n.t("orders.form.price")}
        inputMode="decimal"
        value={props.line.price}
        onChange={(price) => set({ price })}
        error={errorOf("price")}
      />
      <TextField
        class="order-line__number"
        label={i18n.t("orders.form.discount")}
        inputMode="decimal"
        value={props.line.discount}
        onChange={(discount) => set({ discount })}
        error={errorOf("discountPercent")}
      />
      <div class="order-line__total">
        <span class="q-subtle">{i18n.t("orders.form.lineTotal")}</span>
        <span>
          {total() === null ? "—" : i18n.formatMoney({ amountMinor: total() ?? 0, currency: props.currency })}
        </span>
      </div>
      <Button
        class="order-line__remove"
        variant="ghost"
        size="sm"
        icon={<IconTrash />}
        disabled={!props.removable}
        aria-label={i18n.t("orders.form.removeLine", { line: props.index + 1 })}
        onClick={() => props.onRemove()}
      />
    </fieldset>
  );
}
