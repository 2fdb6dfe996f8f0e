import { Button, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useCoreApi } from "../api.ts";
import type { CoreProduct } from "../core-api.ts";
import { i18n } from "../i18n/index.ts";

/** Finds products of core's catalog by a name or SKU prefix and hands the chosen one over. */
export function ProductPicker(props: { onPick: (product: CoreProduct) => void }): JSX.Element {
  const core = useCoreApi();
  const [search, setSearch] = createSignal("");
  const [found] = createResource(
    () => search().trim() || null,
    (term) => core.catalog.products.list.query({ search: term, active: true, limit: 8 }),
  );
  return (
    <div class="fs-stack">
      <TextField label={i18n.t("lines.findProduct")} type="search" value={search()} onChange={setSearch} />
      <Show when={search().trim() ? found() : undefined}>
        {(page) => (
          <ul class="fs-found">
            <For each={page().items} fallback={<li class="fs-muted">{i18n.t("lines.noProducts")}</li>}>
              {(product) => (
                <li>
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      props.onPick(product);
                      setSearch("");
                    }}
                  >
                    {i18n.t("lines.addProduct", {
                      name: product.name,
                      price: i18n.formatMoney(product.price),
                    })}
                  </Button>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </div>
  );
}
