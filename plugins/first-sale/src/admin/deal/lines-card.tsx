import { Button, Callout, Card } from "@quartet/ui";
import { createEffect, createSignal, For, type JSX, on, Show } from "solid-js";
import { type DealPageData, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { amountText } from "../shared/amount.ts";
import { CellFields } from "../shared/cell-fields.tsx";
import { useCan } from "../shared/permissions.ts";
import { run } from "../shared/run.ts";
import { draftsOf, draftsTotal, draftTotal, type LineDraft, linesInput } from "./line-drafts.ts";
import { ProductPicker } from "./product-picker.tsx";

let drafted = 0;

/**
 * The deal's line items: products from the catalog or free lines, each with a quantity, a price
 * and a discount, and the totals. Lines change while the deal is open and not invoiced.
 */
export function LinesCard(props: { data: DealPageData; onSaved: () => void }): JSX.Element {
  const api = useFirstSaleApi();
  const can = useCan();
  const [drafts, setDrafts] = createSignal<LineDraft[]>([]);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  // Drafts follow the saved lines; a reload for another reason keeps what is being typed.
  createEffect(
    on(
      () => JSON.stringify(props.data.lines),
      () => setDrafts(draftsOf(props.data.lines)),
    ),
  );
  const currency = () => props.data.deal.currency;
  const editable = () => can("dealsWrite") && props.data.deal.status === "open" && !props.data.invoice;
  const change = (key: string, patch: Partial<LineDraft>) =>
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const add = (line: Omit<LineDraft, "key">) =>
    setDrafts((all) => [...all, { ...line, key: `new-${++drafted}` }]);
  const save = async () => {
    const input = linesInput(drafts());
    if ("problem" in input) {
      setProblem(i18n.t(`lines.problems.${input.problem.field}`, { line: input.problem.index + 1 }));
      return;
    }
    setProblem(null);
    setBusy(true);
    const ok = await run(
      () => api.deals.setLines.mutate({ dealId: props.data.deal.id, lines: input.lines }),
      i18n.t("lines.saved"),
    );
    setBusy(false);
    if (ok) props.onSaved();
  };
  const money = (amountMinor: number) => i18n.formatMoney({ amountMinor, currency: currency() });
  return (
    <Card title={i18n.t("lines.title")}>
      <div class="fs-stack">
        <Show when={drafts().length > 0} fallback={<p class="fs-muted">{i18n.t("lines.none")}</p>}>
          <div class="fs-lines-wrap">
            <table class="fs-lines">
              <caption class="q-visually-hidden">{i18n.t("lines.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t("lines.name")}</th>
                  <th scope="col">{i18n.t("lines.quantity")}</th>
                  <th scope="col">{i18n.t("lines.price")}</th>
                  <th scope="col">{i18n.t("lines.discount")}</th>
                  <th scope="col" class="fs-num">
                    {i18n.t("lines.total")}
                  </th>
                  <Show when={editable()}>
                    <th scope="col">
                      <span class="q-visually-hidden">{i18n.t("lines.actions")}</span>
                    </th>
                  </Show>
                </tr>
              </thead>
              <tbody>
                <For each={drafts()}>
                  {(d, index) => (
                    <tr>
                      <CellFields
                        values={d}
                        readOnly={!editable()}
                        specs={[
                          { field: "name", label: i18n.t("lines.nameOf", { line: index() + 1 }) },
                          {
                            field: "quantity",
                            label: i18n.t("lines.quantityOf", { line: index() + 1 }),
                            inputMode: "decimal",
                          },
                          {
                            field: "price",
                            label: i18n.t("lines.priceOf", { line: index() + 1 }),
                            inputMode: "decimal",
                          },
                          {
                            field: "discount",
                            label: i18n.t("lines.discountOf", { line: index() + 1 }),
                            inputMode: "decimal",
                          },
                        ]}
                        onChange={(field, value) => change(d.key, { [field]: value })}
                      />
                      <td class="fs-num">{money(draftTotal(d) ?? 0)}</td>
                      <Show when={editable()}>
                        <td>
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={i18n.t("lines.removeOf", { line: index() + 1 })}
                            onClick={() => setDrafts((all) => all.filter((x) => x.key !== d.key))}
                          >
                            {i18n.t("lines.remove")}
                          </Button>
                        </td>
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {i18n.t("lines.sum")}
                  </th>
                  <td class="fs-num fs-lines__sum">{money(draftsTotal(drafts()))}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </Show>
        <Show when={props.data.invoice}>
          <p class="fs-muted">{i18n.t("lines.fixed")}</p>
        </Show>
        <Show when={editable()}>
          <Show when={can("catalogRead")}>
            <ProductPicker
              onPick={(p) =>
                add({
                  productId: p.id,
                  name: p.name,
                  quantity: "1",
                  price: amountText(p.price.amountMinor),
                  discount: "0",
                })
              }
            />
          </Show>
          <div class="fs-row">
            <Button
              variant="secondary"
              onClick={() => add({ productId: null, name: "", quantity: "1", price: "0", discount: "0" })}
            >
              {i18n.t("lines.addFree")}
            </Button>
            <Button loading={busy()} onClick={() => void save()}>
              {i18n.t("lines.save")}
            </Button>
          </div>
          <Show when={problem()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
        </Show>
      </div>
    </Card>
  );
}
