import { Spinner } from "@quartet/ui";
import { type Accessor, type JSX, Match, Switch } from "solid-js";

/**
 * A query's three states on a diagnostic page: a spinner while it loads, `failed` when it could not
 * be read, then `children` with its data.
 */
export function QueryState<T>(props: {
  query: { data: T | undefined; isError: boolean; isPending: boolean };
  loading: string;
  failed: string;
  children: (data: Accessor<NonNullable<T>>) => JSX.Element;
}): JSX.Element {
  return (
    <Switch>
      <Match when={props.query.data}>{(data) => props.children(data)}</Match>
      <Match when={props.query.isError}>
        <p class="q-muted">{props.failed}</p>
      </Match>
      <Match when={props.query.isPending}>
        <div class="diag-loading" role="status" aria-label={props.loading}>
          <Spinner size="lg" />
        </div>
      </Match>
    </Switch>
  );
}
