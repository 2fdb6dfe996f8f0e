import { Badge, Card } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { AgendaRow, type RowTime } from "./agenda-row.tsx";
import type { AgendaData, AgendaEntry } from "./agenda-types.ts";

type Section = { key: string; label: string; items: readonly AgendaEntry[]; time: RowTime; always: boolean };

/**
 * "My work" as a list: overdue, today, tomorrow, later this week (always shown, "nothing here"
 * when empty), then later and undated tasks when there are any — tasks and callbacks together
 * by time, each section with its count.
 */
export function AgendaList(props: {
  agenda: AgendaData;
  now: number;
  onComplete: (taskId: string) => void;
}): JSX.Element {
  const i18n = useT();
  const sections = (): Section[] => {
    const s = props.agenda.sections;
    return [
      { key: "overdue", label: i18n.t("myWork.overdue"), items: s.overdue, time: "day", always: true },
      { key: "today", label: i18n.t("myWork.today"), items: s.today, time: "time", always: true },
      { key: "tomorrow", label: i18n.t("myWork.tomorrow"), items: s.tomorrow, time: "time", always: true },
      { key: "week", label: i18n.t("myWork.week"), items: s.week, time: "day", always: true },
      { key: "later", label: i18n.t("myWork.later"), items: s.later, time: "day", always: false },
      {
        key: "undated",
        label: i18n.t("myWork.undated"),
        items: props.agenda.undated,
        time: "none",
        always: false,
      },
    ];
  };
  return (
    <div class="my-work__sections">
      <For each={sections().filter((section) => section.always || section.items.length > 0)}>
        {(section) => (
          <Card
            title={section.label}
            padding="flush"
            actions={
              <Badge tone={section.key === "overdue" && section.items.length > 0 ? "danger" : "neutral"}>
                {section.items.length}
              </Badge>
            }
          >
            <Show
              when={section.items.length > 0}
              fallback={<p class="my-work__nothing">{i18n.t("myWork.nothing")}</p>}
            >
              <ul class="agenda-list" aria-label={section.label} data-section={section.key}>
                <For each={section.items}>
                  {(entry) => (
                    <AgendaRow
                      entry={entry}
                      timeZone={props.agenda.timeZone}
                      now={props.now}
                      time={section.time}
                      onComplete={props.onComplete}
                    />
                  )}
                </For>
              </ul>
            </Show>
          </Card>
        )}
      </For>
    </div>
  );
}
