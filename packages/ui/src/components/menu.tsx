import { DropdownMenu } from "@kobalte/core/dropdown-menu";
import { For, type JSX, Show } from "solid-js";

/** The button that opens a menu, and what the menu holds. */
export type MenuProps = {
  /** Names the trigger for screen readers when its content is an icon or an avatar. */
  label: string;
  /** What the trigger shows. */
  trigger: JSX.Element;
  triggerClass?: string;
  /** Which edge the menu aligns to. */
  placement?: "bottom-start" | "bottom-end";
  /** Called as the menu closes, before focus returns to the trigger; `event.preventDefault()` keeps it where a choice put it (a dialog it opened). */
  onCloseAutoFocus?: (event: Event) => void;
  children: JSX.Element;
};

/**
 * A dropdown menu (Kobalte DropdownMenu): arrows move, Enter chooses, typeahead, Escape closes
 * and focus returns to the trigger.
 *
 * @example <Menu label={t("user.menu")} trigger={<Avatar name={name()} />}><MenuItem onSelect={signOut}>…</MenuItem></Menu>
 */
export function Menu(props: MenuProps): JSX.Element {
  return (
    <DropdownMenu placement={props.placement ?? "bottom-end"} gutter={6}>
      <DropdownMenu.Trigger class={props.triggerClass ?? "q-menu__trigger"} aria-label={props.label}>
        {props.trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content class="q-menu" onCloseAutoFocus={(event) => props.onCloseAutoFocus?.(event)}>
          {props.children}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu>
  );
}

/** An action of a menu; `tone="danger"` for destructive ones. */
export function MenuItem(props: {
  onSelect: () => void;
  icon?: JSX.Element;
  tone?: "default" | "danger";
  disabled?: boolean;
  children: JSX.Element;
}): JSX.Element {
  return (
    <DropdownMenu.Item
      class="q-menu__item"
      data-tone={props.tone ?? "default"}
      onSelect={() => props.onSelect()}
      disabled={props.disabled}
    >
      <Show when={props.icon}>
        <span class="q-menu__icon">{props.icon}</span>
      </Show>
      <span class="q-menu__text">{props.children}</span>
    </DropdownMenu.Item>
  );
}

/** A choice of one value among several inside a menu, with a group label; the chosen one shows a tick. */
export function MenuRadioGroup(props: {
  label: string;
  value: string;
  options: readonly { value: string; label: string; hint?: string }[];
  onChange: (value: string) => void;
}): JSX.Element {
  return (
    <DropdownMenu.Group>
      <DropdownMenu.GroupLabel class="q-menu__label">{props.label}</DropdownMenu.GroupLabel>
      <DropdownMenu.RadioGroup value={props.value} onChange={props.onChange}>
        <For each={props.options}>
          {(option) => (
            <DropdownMenu.RadioItem class="q-menu__item" value={option.value} closeOnSelect>
              <span class="q-menu__icon">
                <DropdownMenu.ItemIndicator class="q-menu__check">✓</DropdownMenu.ItemIndicator>
              </span>
              <DropdownMenu.ItemLabel class="q-menu__text">{option.label}</DropdownMenu.ItemLabel>
              <Show when={option.hint}>
                <span class="q-menu__hint">{option.hint}</span>
              </Show>
            </DropdownMenu.RadioItem>
          )}
        </For>
      </DropdownMenu.RadioGroup>
    </DropdownMenu.Group>
  );
}

/** A line between groups of a menu. */
export function MenuSeparator(): JSX.Element {
  return <DropdownMenu.Separator class="q-menu__separator" />;
}

/** A non-interactive block at the top of a menu, such as the signed-in user's name and email. */
export function MenuHeader(props: { children: JSX.Element }): JSX.Element {
  return <div class="q-menu__header">{props.children}</div>;
}
