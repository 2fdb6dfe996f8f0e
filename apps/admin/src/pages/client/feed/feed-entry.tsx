import { Badge, Button, formatPhone, type SalesFunction, timelineAuthor, timelineText } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { callFacts, isPinned } from "./feed-filter.ts";
import { letterFacts } from "./letter-facts.ts";
import { LetterThread } from "./letter-thread.tsx";
import { pbxCallFacts, recordingUrl } from "./pbx-call.ts";

/** An entry as `core.timeline.list` returns it (the fields the feed reads). */
export type FeedItem = {
  id: string;
  type: string;
  function: string | null;
  body: string;
  data: unknown;
  authorId: string;
  authorName: string;
  occurredAt: number;
};

/**
 * One entry of the feed: its kind, function, author and time, a call's result and duration (and,
 * for a call through the PBX, that it came through it and a player of its recording), the text, a
 * letter's thread with «Ответить» (mail read from a connected mailbox), and pin/unpin.
 */
export function FeedEntry(props: {
  entry: FeedItem;
  canPin: boolean;
  busy: boolean;
  onPin: (pinned: boolean) => void;
}): JSX.Element {
  const i18n = useT();
  const { org } = useApi();
  const pinned = () => isPinned(props.entry.data);
  /** A PBX call says which way it went with the number as people write it; other entries as the timeline words them. */
  const text = () => {
    const pbx = pbxCallFacts(props.entry.data);
    return pbx?.number
      ? i18n.t(pbx.direction === "inbound" ? "callEntry.inbound" : "callEntry.outbound", {
          number: formatPhone(pbx.number),
        })
      : timelineText(props.entry, i18n.locale());
  };
  const duration = (seconds: number) =>
    seconds >= 60
      ? i18n.t("clientPage.feed.minutes", { n: Math.round(seconds / 60) })
      : i18n.t("clientPage.feed.seconds", { n: seconds });
  return (
    <li class="feed__entry" classList={{ "feed__entry--pinned": pinned() }} data-type={props.entry.type}>
      <div class="feed__meta">
        <strong>{i18n.tDynamic(`clientPage.types.${props.entry.type}`)}</strong>
        <Show when={props.entry.function}>
          {(f) => <Badge tone={f() as SalesFunction}>{i18n.tDynamic(`functions.${f()}`)}</Badge>}
        </Show>
        <Show when={pinned()}>
          <Badge tone="info">{i18n.t("clientPage.feed.pinnedBadge")}</Badge>
        </Show>
        <span class="q-subtle">
          {timelineAuthor(props.entry, i18n.locale())} · {i18n.formatDateTime(props.entry.occurredAt)}
        </span>
        <Show when={props.canPin}>
          <Button
            variant="ghost"
            size="sm"
            class="feed__pin"
            loading={props.busy}
            onClick={() => props.onPin(!pinned())}
          >
            {i18n.t(pinned() ? "clientPage.feed.unpin" : "clientPage.feed.pin")}
          </Button>
        </Show>
      </div>
      <Show when={callFacts(props.entry.data)}>
        {(call) => (
          <p class="feed__call">
            {i18n.t("clientPage.feed.call", {
              result: i18n.tDynamic(`clientPage.composer.results.${call().result}`),
              duration: duration(call().durationSec),
            })}
          </p>
        )}
      </Show>
      <Show when={pbxCallFacts(props.entry.data)}>
        {(pbx) => (
          <div class="feed__pbx">
            <p class="feed__call">{i18n.t("clientPage.feed.pbx.via")}</p>
            <Show when={pbx().recorded && org.id()}>
              {(orgId) => (
                // biome-ignore lint/a11y/useMediaCaption: a phone call's recording comes without a transcript to caption it.
                <audio
                  class="feed__recording"
                  controls
                  preload="none"
                  src={recordingUrl(props.entry.id, orgId())}
                  aria-label={i18n.t("clientPage.feed.pbx.recording")}
                />
              )}
            </Show>
          </div>
        )}
      </Show>
      <p class="feed__body">{text()}</p>
      <Show when={letterFacts(props.entry.data)}>{(letter) => <LetterThread letterId={letter().id} />}</Show>
    </li>
  );
}
