import { For, type JSX, Show } from "solid-js";
import { Button } from "../components/button.tsx";
import { IconPlus } from "../components/icons.tsx";
import { documentsText } from "./documents-messages.ts";

/** The client's other addresses under «Кому», each added to the recipients by a click. */
export function RecipientSuggestions(props: {
  suggestions: readonly string[];
  onAdd: (email: string) => void;
}): JSX.Element {
  const words = documentsText();
  return (
    <Show when={props.suggestions.length > 0}>
      <div class="q-documents__suggestions">
        <span>{words.t("alsoTo")}</span>
        <For each={props.suggestions}>
          {(email) => (
            <Button
              variant="ghost"
              size="sm"
              icon={<IconPlus />}
              aria-label={words.t("addRecipient", { email })}
              onClick={() => props.onAdd(email)}
            >
              {email}
            </Button>
          )}
        </For>
      </div>
    </Show>
  );
}
