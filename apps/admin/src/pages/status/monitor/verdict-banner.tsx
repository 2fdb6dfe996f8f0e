import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { actionHref, factHref } from "./leg-links.ts";
import type { MonitorData } from "./monitor-types.ts";
import { sentenceWords } from "./sentence-words.ts";

/** The verdict in one sentence, toned by how bad it is (red only against a target the company set), with a link to where to act. */
export function VerdictBanner(props: { data: MonitorData }): JSX.Element {
  const i18n = useT();
  const verdict = () => props.data.verdict;
  const link = (): { href: string; label: string } | null => {
    const v = verdict();
    if (v.kind === "missing")
      return { href: actionHref(v.action), label: i18n.t(`monitor.action.${v.action}`) };
    if (v.kind !== "weakest") return null;
    const href = v.facts.map(factHref).find((h) => h !== null);
    return href ? { href, label: i18n.t("monitor.open") } : null;
  };
  const tone = () => {
    const v = verdict();
    return v.kind === "weakest" ? v.state : v.kind;
  };
  return (
    <div class="monitor-verdict q-row q-gap-3" data-tone={tone()}>
      <p class="monitor-verdict__text">{sentenceWords(i18n, props.data.sentence)}</p>
      <Show when={link()}>
        {(l) =>
          l().href.startsWith("#") ? (
            <a class="q-button" data-variant="secondary" data-size="sm" href={l().href}>
              {l().label}
            </a>
          ) : (
            <A class="q-button" data-variant="secondary" data-size="sm" href={l().href}>
              {l().label}
            </A>
          )
        }
      </Show>
    </div>
  );
}
