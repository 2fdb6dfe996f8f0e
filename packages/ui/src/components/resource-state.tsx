import { type Accessor, type JSX, type Resource, Show } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import { Button } from "./button.tsx";
import { Callout } from "./callout.tsx";
import { Spinner } from "./spinner.tsx";

/**
 * A resource's last value, or undefined while it has failed: Solid throws when a failed resource
 * is read, which would take the whole page down instead of showing the failure.
 *
 * @example <Show when={loaded(board)}>{(data) => …}</Show>
 */
export function loaded<T>(resource: Resource<T>): T | undefined {
  return resource.error ? undefined : resource.latest;
}

/**
 * A failed load in words, with a button to try again.
 *
 * @example <Show when={board.error}><LoadFailed onRetry={refetch} /></Show>
 */
export function LoadFailed(props: { onRetry: () => void }): JSX.Element {
  const text = uiText();
  return (
    <Callout
      tone="danger"
      action={
        <Button size="sm" variant="secondary" onClick={() => props.onRetry()}>
          {text.t("retry")}
        </Button>
      }
    >
      {text.t("loadFailed")}
    </Callout>
  );
}

/**
 * A resource's three states in one place: a spinner while it first loads, the failure with a retry,
 * then `children` with its value (kept while it reloads).
 *
 * @example <Loaded resource={day} onRetry={refetch}>{(data) => <DayList items={data().items} />}</Loaded>
 */
export function Loaded<T>(props: {
  resource: Resource<T>;
  onRetry: () => void;
  children: (value: Accessor<NonNullable<T>>) => JSX.Element;
}): JSX.Element {
  return (
    <>
      <Show when={props.resource.error}>
        <LoadFailed onRetry={props.onRetry} />
      </Show>
      <Show
        when={loaded(props.resource)}
        fallback={
          <Show when={!props.resource.error}>
            <Spinner />
          </Show>
        }
      >
        {(value) => props.children(value)}
      </Show>
    </>
  );
}
