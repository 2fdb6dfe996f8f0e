import { Badge, Button } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { PartyCandidate } from "./types.ts";

/** One registry entry: names, codes, address, director, its state, and «Заполнить» when it would change the form. */
export function PartyCandidateCard(props: {
  candidate: PartyCandidate;
  /** The form fields filling would replace, in words; empty when it only fills blanks. */
  replaces: string[];
  canFill: boolean;
  onFill: () => void;
}): JSX.Element {
  const i18n = useT();
  const c = () => props.candidate;
  const codes = () =>
    [
      `${i18n.t("registry.party.inn")} ${c().inn}`,
      c().kpp ? `${i18n.t("registry.party.kpp")} ${c().kpp}` : null,
      c().ogrn ? `${i18n.t("registry.party.ogrn")} ${c().ogrn}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <div class="registry-candidate">
      <div class="registry-candidate__head">
        <strong>{c().shortName ?? c().fullName}</strong>
        <Show when={c().status !== "active"}>
          <Badge tone={c().status === "liquidated" || c().status === "bankrupt" ? "danger" : "warning"}>
            {i18n.t(`registry.party.status.${c().status}`)}
          </Badge>
        </Show>
      </div>
      <div class="q-muted">{codes()}</div>
      <Show when={c().address}>{(address) => <div>{address()}</div>}</Show>
      <Show when={c().director}>
        {(director) => (
          <div>
            {i18n.t("registry.party.director")}: {director().name}
            <Show when={director().post}>
              {(post) => <span class="q-muted">, {post().toLowerCase()}</span>}
            </Show>
          </div>
        )}
      </Show>
      <Show when={props.canFill}>
        <div class="registry-candidate__actions">
          <Button
            size="sm"
            variant="secondary"
            onClick={props.onFill}
            aria-label={i18n.t("registry.party.fillNamed", { name: c().shortName ?? c().fullName })}
          >
            {i18n.t("registry.party.fill")}
          </Button>
          <Show when={props.replaces.length > 0}>
            <span class="q-muted">
              {i18n.t("registry.party.replaces", { fields: props.replaces.join(", ") })}
            </span>
          </Show>
        </div>
      </Show>
    </div>
  );
}
