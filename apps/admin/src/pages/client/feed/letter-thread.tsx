import { Badge, Button, showToast } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg, orgKey } from "../../../lib/org-key.ts";
import { attachmentUrl } from "./letter-facts.ts";
import { LetterReply } from "./letter-reply.tsx";
import "./letter.css";

/**
 * A letter's thread under its timeline entry, opened on demand: each letter's sender, recipients,
 * time, text and attachments (a link to download each kept one), which were sent from Quartet and
 * how their sending went, and «Ответить» under the newest. A letter the member may not read (its
 * mailbox is kept to other roles) says so.
 */
export function LetterThread(props: { letterId: string }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = createSignal(false);
  const thread = useQuery(() => ({
    queryKey: orgKey(org.id(), "mail", "thread", props.letterId),
    queryFn: () => trpc.core.mail.letters.thread.query({ letterId: props.letterId }),
    enabled: open(),
    retry: false,
  }));
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.locale(), {
      style: "unit",
      unit: "kilobyte",
      maximumFractionDigits: 0,
    }).format(Math.max(1, Math.round(bytes / 1024)));
  const sent = async () => {
    showToast({ title: i18n.t("letter.sent"), tone: "success" });
    await invalidateOrg(queryClient, org.id(), "mail");
    await invalidateOrg(queryClient, org.id(), "timeline");
  };
  return (
    <div class="letter">
      <div>
        <Button variant="ghost" size="sm" aria-expanded={open()} onClick={() => setOpen(!open())}>
          {i18n.t(open() ? "letter.hide" : "letter.open")}
        </Button>
      </div>
      <Show when={open()}>
        <Show when={!thread.isError} fallback={<p class="q-muted">{i18n.t("letter.hidden")}</p>}>
          <Show when={thread.data} fallback={<p class="q-muted">{i18n.t("letter.loading")}</p>}>
            {(data) => (
              <ol class="letter__thread">
                <For each={data().letters}>
                  {(item, index) => (
                    <li class="letter__item" data-direction={item.direction}>
                      <div class="letter__head">
                        <strong class="letter__subject">{item.subject}</strong>
                        <Show when={item.direction === "outbound"}>
                          <Badge tone={item.status === "failed" ? "danger" : "info"}>
                            {i18n.t(`letter.status.${item.status}`) || i18n.t("letter.outbound")}
                          </Badge>
                        </Show>
                      </div>
                      <p class="letter__meta q-subtle">
                        {i18n.t("letter.from")}:{" "}
                        {item.fromName ? `${item.fromName} <${item.from}>` : item.from} ·{" "}
                        {i18n.t("letter.to")}: {item.to.join(", ")} · {i18n.formatDateTime(item.occurredAt)}
                      </p>
                      <p class="letter__text">{item.text}</p>
                      <Show when={item.attachments.length > 0}>
                        <ul class="letter__files" aria-label={i18n.t("letter.attachments")}>
                          <For each={item.attachments}>
                            {(file) => (
                              <li>
                                <Show
                                  when={file.stored && org.id()}
                                  fallback={i18n.t("letter.notStored", {
                                    name: file.fileName,
                                    size: size(file.size),
                                  })}
                                >
                                  {(orgId) => (
                                    <a href={attachmentUrl(file.id, orgId())} download={file.fileName}>
                                      {file.fileName} ({size(file.size)})
                                    </a>
                                  )}
                                </Show>
                              </li>
                            )}
                          </For>
                        </ul>
                      </Show>
                      <Show when={index() === data().letters.length - 1}>
                        <LetterReply letterId={item.id} onSent={sent} />
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            )}
          </Show>
        </Show>
      </Show>
    </div>
  );
}
