import { ErrorBoundary, type JSX, Suspense } from "solid-js";
import { Dynamic } from "solid-js/web";
import { Button } from "../components/button.tsx";
import { IconAlert } from "../components/icons.tsx";
import { Spinner } from "../components/spinner.tsx";
import { uiText } from "../i18n/ui-messages.ts";
import { forgetLazy, lazyOnce } from "./lazy-cache.ts";
import type { LazyComponent } from "./types.ts";

function WidgetError(props: { pluginId: string; page: boolean; onRetry: () => void }): JSX.Element {
  const text = uiText();
  return (
    <div class="q-widget-error" data-page={props.page ? "" : undefined} role="alert">
      <IconAlert class="q-widget-error__icon" size={18} />
      <div class="q-widget-error__text">
        <p class="q-widget-error__title">{props.page ? text.t("pageFailed") : text.t("widgetFailed")}</p>
        <p class="q-widget-error__detail">
          {props.page
            ? text.t("pageFailedDetail", { plugin: props.pluginId })
            : text.t("widgetFailedDetail", { plugin: props.pluginId })}
        </p>
      </div>
      <Button size="sm" variant="secondary" onClick={() => props.onRetry()}>
        {text.t("retry")}
      </Button>
    </div>
  );
}

/**
 * Renders one plugin widget lazily, inside an error boundary: a widget that fails to load or
 * throws while rendering becomes a small error card with a retry, and the page lives on.
 */
export function WidgetFrame<P extends object>(props: {
  pluginId: string;
  component: LazyComponent<P>;
  props: P;
  /** A whole plugin page rather than a widget: the error card says so and keeps the page margins. */
  page?: boolean;
}): JSX.Element {
  return (
    <div class="q-widget" data-plugin={props.pluginId} data-page={props.page ? "" : undefined}>
      <ErrorBoundary
        fallback={(error, reset) => {
          console.error(`[slot] widget of plugin "${props.pluginId}" failed`, error);
          return (
            <WidgetError
              pluginId={props.pluginId}
              page={props.page ?? false}
              onRetry={() => {
                forgetLazy(props.component);
                reset();
              }}
            />
          );
        }}
      >
        <Suspense
          fallback={
            <div class="q-widget__loading">
              <Spinner />
            </div>
          }
        >
          <Dynamic component={lazyOnce(props.component)} {...props.props} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
