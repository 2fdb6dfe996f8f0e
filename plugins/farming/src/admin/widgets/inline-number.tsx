import { Button, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";

/**
 * A fact with an «edit» button by its title that turns the value into a field and a save button:
 * for the client's cadence and potential. An empty field clears the value; `parse` returns
 * undefined for a bad one.
 */
export function InlineNumber(props: {
  title: string;
  label: string;
  hint: string;
  shown: JSX.Element;
  initial: string;
  editable: boolean;
  parse: (text: string) => number | null | undefined;
  invalid: string;
  onSave: (value: number | null) => Promise<boolean>;
}): JSX.Element {
  const [editing, setEditing] = createSignal(false);
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<string>();
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const value = text().trim() === "" ? null : props.parse(text());
    setError(value === undefined ? props.invalid : undefined);
    if (value === undefined) return;
    if (await props.onSave(value)) setEditing(false);
  };
  return (
    <Show
      when={editing()}
      fallback={
        <>
          <div class="fm-fact__head">
            <span class="fm-fact__label">{props.title}</span>
            <Show when={props.editable}>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`${i18n.t("deal.edit")}: ${props.label}`}
                onClick={() => {
                  setText(props.initial);
                  setError(undefined);
                  setEditing(true);
                }}
              >
                {i18n.t("deal.edit")}
              </Button>
            </Show>
          </div>
          <div class="fm-fact__value">{props.shown}</div>
        </>
      }
    >
      <form class="fm-inline__form" onSubmit={save}>
        <TextField
          label={props.label}
          description={props.hint}
          inputMode="decimal"
          value={text()}
          onChange={setText}
          error={error()}
          autofocus
        />
        <div class="q-row">
          <Button type="submit" size="sm" variant="primary">
            {i18n.t("client.save")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
            {i18n.t("cancel")}
          </Button>
        </div>
      </form>
    </Show>
  );
}
