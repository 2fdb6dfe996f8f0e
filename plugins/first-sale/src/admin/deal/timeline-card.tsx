import { Card, timelineAuthor, timelineText } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, For, type JSX, Show } from "solid-js";
import { useCoreApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** The latest entries of the client's timeline (all four functions), with a link to the client's page. */
export function TimelineCard(props: { clientId: string; refreshKey: unknown }): JSX.Element {
  const core = useCoreApi();
  const [entries] = createResource(
    () => ({ clientId: props.clientId, key: props.refreshKey }),
    ({ clientId }) => core.timeline.list.query({ clientId, limit: 15 }),
  );
  return (
    <Card
      title={i18n.t("timeline.title")}
      actions={<A href={`/clients/${props.clientId}`}>{i18n.t("timeline.all")}</A>}
    >
      <Show when={entries.latest}>
        {(page) => (
          <ul class="fs-list">
            <For each={page().items} fallback={<li class="fs-muted">{i18n.t("timeline.empty")}</li>}>
              {(entry) => (
                <li>
                  <div>{timelineText(entry, i18n.locale())}</div>
                  <div class="fs-muted">
                    {i18n.formatDateTime(entry.occurredAt)} · {timelineAuthor(entry, i18n.locale())}
                  </div>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </Card>
  );
}
