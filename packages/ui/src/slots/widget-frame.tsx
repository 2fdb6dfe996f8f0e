import { ErrorBoundary, type JSX, Suspense } from "solid-js";
import { Dynamic } from "solid-js/web";
import { Button } from "../components/button.tsx";
import { IconAlert } from "../components/icons.tsx";
import { Spinner } from "../components/spinner.tsx";
import type { LocalizedText } from "../i18n/types.ts";
import { uiText } from "../i18n/ui-messages.ts";
import { PluginScope } from "../plugin-api/plugin-scope.tsx";
import { forgetLazy, lazyOnce } from "./lazy-cache.ts";
import type { LazyComponent } from "./types.ts";
import { widgetErrorText } from "./widget-error-text.ts";

function WidgetError(props: {
  pluginName: LocalizedText | undefined;
  page: boolean;
  onRetry: () => void;
}): JSX.Element {
  const text = uiText();
  const said = () => widgetErrorText({ page: props.page, name: props.pluginName });
  return (
    <div class="q-widget-error" data-page={props.page ? "" : undefined} role="alert">
      <IconAlert class="q-widget-error__icon" size={18} />
      <div class="q-widget-error__text">
        <p class="q-widget-error__title">{said().title}</p>
        <p class="q-widget-error__detail">{said().detail}</p>
      </div>
      <Button size="sm" variant="secondary" onClick={() => props.onRetry()}>
        {text.t("retry")}
      </Button>
    </div>
  );
}

/**
 * Renders one plugin widget lazily, inside an error boundary: a widget that fails to load or
 * throws while rendering becomes a small error card with a retry, and the page lives on. The
 * widget renders inside a `PluginScope` naming its plugin, for `usePluginApi()`.
 */
export function WidgetFrame<P extends object>(props: {
  pluginId: string;
  /** The plugin's name as the user knows it; without one the error card names no plugin. */
  pluginName?: LocalizedText | undefined;
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
              pluginName={props.pluginName}
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
          <PluginScope pluginId={props.pluginId}>
            <Dynamic component={lazyOnce(props.component)} {...props.props} />
          </PluginScope>
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
