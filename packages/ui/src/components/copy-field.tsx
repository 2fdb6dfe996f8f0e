import { createSignal, createUniqueId, type JSX, onCleanup } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import { Button } from "./button.tsx";
import { IconCheck, IconCopy } from "./icons.tsx";

/**
 * A read-only value with a copy button, for an invitation link or an API key shown once.
 * Clicking the value selects it, so it can also be copied by hand.
 *
 * @example <CopyField label={t("invitations.link")} value={link()} />
 */
export function CopyField(props: { label: string; value: string; class?: string }): JSX.Element {
  const id = createUniqueId();
  const [state, setState] = createSignal<"idle" | "copied" | "failed">("idle");
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setState("copied");
    } catch {
      setState("failed");
    }
    clearTimeout(timer);
    timer = setTimeout(() => setState("idle"), 2500);
  };
  return (
    <div class={`q-field q-copy-field${props.class ? ` ${props.class}` : ""}`}>
      <label class="q-field__label" for={id}>
        {props.label}
      </label>
      <div class="q-copy-field__row">
        <input
          id={id}
          class="q-input q-copy-field__input q-mono"
          readOnly
          value={props.value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          variant="secondary"
          icon={state() === "copied" ? <IconCheck /> : <IconCopy />}
          onClick={copy}
          aria-live="polite"
        >
          {state() === "copied" ? uiText().t("copied") : uiText().t("copy")}
        </Button>
      </div>
      <p class="q-field__error" role="status">
        {state() === "failed" ? uiText().t("copyFailed") : ""}
      </p>
    </div>
  );
}
