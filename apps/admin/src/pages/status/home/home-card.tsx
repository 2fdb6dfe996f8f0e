import { Card, Spinner } from "@quartet/ui";
import { type JSX, Match, Switch } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { HomeData } from "./home-types.ts";
import type { HomeQuery } from "./use-home.ts";

/**
 * A card of the home page over the shared read: a spinner until it arrives, a message when it
 * failed, then `children` with the data — rendered again for each new answer (after a refresh or
 * a saved plan).
 */
export function HomeCard(props: {
  query: HomeQuery;
  title: string;
  description?: string;
  actions?: JSX.Element;
  padding?: "normal" | "flush";
  class?: string;
  children: (data: HomeData) => JSX.Element;
}): JSX.Element {
  const i18n = useT();
  return (
    <Card
      title={props.title}
      description={props.description}
      actions={props.actions}
      padding={props.padding}
      class={props.class}
    >
      <Switch>
        <Match when={props.query.data} keyed>
          {(data) => props.children(data)}
        </Match>
        <Match when={props.query.isError}>
          <p class="q-muted home-card__note">{i18n.t("home.failed")}</p>
        </Match>
        <Match when={props.query.isPending}>
          <div class="home-card__loading" role="status">
            <Spinner />
          </div>
        </Match>
      </Switch>
    </Card>
  );
}
