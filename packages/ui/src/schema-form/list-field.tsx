import { Index, type JSX, Show } from "solid-js";
import { Button } from "../components/button.tsx";
import { IconChevronDown, IconPlus, IconTrash } from "../components/icons.tsx";
import { uiText } from "../i18n/ui-messages.ts";
import { draftOf, getAt, moveItem } from "./draft.ts";
import { childPath, type FieldSpec } from "./fields.ts";
import { edit, type FieldProps, labelOf, say } from "./form-context.ts";

type ListSpec = FieldSpec & { kind: "list" };

/**
 * A list of sub-forms (e.g. the reasons a deal is lost): each row its own fields, with buttons to
 * move it up or down and remove it, and one to add a row filled with defaults.
 */
export function ListField(props: FieldProps<ListSpec>): JSX.Element {
  const words = uiText();
  const rows = () => {
    const value = getAt(props.form.draft, props.path);
    return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  };
  const set = (next: unknown[]) => edit(props.form, props.path, next);
  const full = () => props.field.maxItems !== undefined && rows().length >= props.field.maxItems;
  const last = () => props.field.minItems !== undefined && rows().length <= props.field.minItems;
  const item = () => say(props.field.item);
  const rowName = (index: number) =>
    item() ? `${item()} ${index + 1}` : words.t("settingsForm.row", { index: index + 1 });
  return (
    <fieldset class="q-fieldset q-list-field">
      <legend class="q-fieldset__legend">{labelOf(props.field)}</legend>
      <Show when={say(props.field.description)}>
        {(hint) => <p class="q-field__description q-list-field__hint">{hint()}</p>}
      </Show>
      <Show
        when={rows().length > 0}
        fallback={<p class="q-field__description">{words.t("settingsForm.empty")}</p>}
      >
        <ol class="q-list-field__rows">
          <Index each={rows()}>
            {(_, index) => (
              <li class="q-list-field__row" aria-label={rowName(index)}>
                <div class="q-list-field__row-fields">
                  {props.renderFields(props.field.fields, childPath(props.path, index))}
                </div>
                <div class="q-list-field__row-actions">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`${words.t("settingsForm.moveUp")}: ${rowName(index)}`}
                    title={words.t("settingsForm.moveUp")}
                    disabled={props.form.disabled || index === 0}
                    onClick={() => set(moveItem(rows(), index, -1))}
                    icon={<IconChevronDown class="q-list-field__up" />}
                  />
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`${words.t("settingsForm.moveDown")}: ${rowName(index)}`}
                    title={words.t("settingsForm.moveDown")}
                    disabled={props.form.disabled || index === rows().length - 1}
                    onClick={() => set(moveItem(rows(), index, 1))}
                    icon={<IconChevronDown />}
                  />
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`${words.t("settingsForm.remove")}: ${rowName(index)}`}
                    title={words.t("settingsForm.remove")}
                    disabled={props.form.disabled || last()}
                    onClick={() => set(rows().filter((_, at) => at !== index))}
                    icon={<IconTrash />}
                  />
                </div>
              </li>
            )}
          </Index>
        </ol>
      </Show>
      <Show when={props.form.errors[props.path]}>
        {(message) => <p class="q-field__error">{message()}</p>}
      </Show>
      <div>
        <Button
          variant="secondary"
          size="sm"
          icon={<IconPlus />}
          disabled={props.form.disabled || full()}
          onClick={() => set([...rows(), draftOf(props.field.fields, {}, words.locale())])}
        >
          {item()
            ? words.t("settingsForm.addItem", { item: item()?.toLowerCase() ?? "" })
            : words.t("settingsForm.add")}
        </Button>
      </div>
    </fieldset>
  );
}
