import { Button } from "@quartet/ui";
import { createEffect, createSignal, type JSX, Match, Switch, untrack } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { type BankFillKey, bankFills } from "./bank-fill.ts";
import { fillPatch, replacedKeys } from "./party-fill.ts";
import { useBankLookup } from "./use-bank-lookup.ts";
import "./registry.css";

/**
 * Under a bank account's BIK: once a complete BIK is typed and the organisation has a registry key,
 * the bank's name and correspondent account fill the empty fields; «Заполнить по БИК» replaces what
 * differs on request. Without a key it shows nothing.
 */
export function BankLookup(props: {
  bik: string;
  draft: Record<BankFillKey, string>;
  onFill: (patch: Partial<Record<BankFillKey, string>>) => void;
}): JSX.Element {
  const i18n = useT();
  const lookup = useBankLookup(() => props.bik);
  const [filledFor, setFilledFor] = createSignal<string | null>(null);
  const bank = () => (lookup.data?.available ? lookup.data.bank : undefined);
  createEffect(() => {
    const found = bank();
    if (!found || untrack(filledFor) === found.bik) return;
    setFilledFor(found.bik);
    const patch = fillPatch(
      untrack(() => props.draft),
      bankFills(found),
      false,
    );
    if (Object.keys(patch).length > 0) props.onFill(patch);
  });
  const differs = () => {
    const found = bank();
    return found && replacedKeys(props.draft, bankFills(found)).length > 0 ? found : null;
  };
  return (
    <Switch>
      <Match when={bank() === null}>
        <p class="q-muted registry-note">{i18n.t("registry.bank.notFound")}</p>
      </Match>
      <Match when={differs()}>
        {(found) => (
          <div class="registry-candidate__actions">
            <Button size="sm" variant="secondary" onClick={() => props.onFill(bankFills(found()))}>
              {i18n.t("registry.bank.fill")}
            </Button>
            <span class="q-muted">{found().name}</span>
          </div>
        )}
      </Match>
    </Switch>
  );
}
