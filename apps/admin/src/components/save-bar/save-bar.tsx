import { Button } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import "./save-bar.css";

/**
 * The foot of a settings form: «Есть несохранённые изменения» while the draft differs from what
 * is saved, and the submit button, busy while saving and idle when there is nothing to save.
 *
 * @example <SaveBar changed={changed()} busy={form.busy()} />
 */
export function SaveBar(props: { changed: boolean; busy: boolean }): JSX.Element {
  const i18n = useT();
  return (
    <div class="save-bar">
      <Show when={props.changed}>
        <span class="q-subtle">{i18n.t("common.unsavedChanges")}</span>
      </Show>
      <Button type="submit" variant="primary" loading={props.busy} disabled={!props.changed}>
        {i18n.t("common.save")}
      </Button>
    </div>
  );
}
