import { Button, Callout } from "@quartet/ui";
import type { JSX, Resource } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** A resource's last value, or undefined while it has failed (reading a failed resource throws). */
export function loaded<T>(resource: Resource<T>): T | undefined {
  return resource.error ? undefined : resource.latest;
}

/** A failed load in words, with a button to try again. */
export function LoadFailed(props: { onRetry: () => void }): JSX.Element {
  return (
    <Callout
      tone="danger"
      action={
        <Button size="sm" variant="secondary" onClick={() => props.onRetry()}>
          {i18n.t("retry")}
        </Button>
      }
    >
      {i18n.t("loadFailed")}
    </Callout>
  );
}
