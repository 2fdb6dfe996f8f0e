import { Button, EmptyState, IconAlert, Spinner } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../i18n/index.ts";
import "./guards.css";

/** A centred spinner while the app learns who is signed in. */
export function FullPageSpinner(): JSX.Element {
  return (
    <div class="full-page">
      <Spinner size="lg" />
    </div>
  );
}

/** The whole screen when the server cannot be reached at all, with a retry. */
export function FullPageError(props: { message: string; onRetry: () => void }): JSX.Element {
  const i18n = useT();
  return (
    <div class="full-page">
      <EmptyState
        tone="error"
        icon={<IconAlert />}
        titleAs="h1"
        title={i18n.t("status.error.title")}
        description={props.message}
        action={
          <Button variant="primary" onClick={() => props.onRetry()}>
            {i18n.t("common.retry")}
          </Button>
        }
      />
    </div>
  );
}
