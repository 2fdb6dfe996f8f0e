import { Button, FormDialog, Select, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import type { ClientCard, Program } from "../api.ts";
import { useVipApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { errorText, fieldErrorsOf, run } from "../shared/errors.ts";
import { useCan } from "../shared/permissions.ts";
import { date, tierName } from "../shared/words.ts";

type Mode = "keep" | "exclude" | "designate";

/**
 * The hand decisions on a client — kept at least at a tier, excluded, or special terms — each with
 * its reason and last day; a head of sales sets or removes them, and the client is judged again.
 */
export function HandDecision(props: {
  card: ClientCard;
  program: Program;
  onChanged: () => void;
}): JSX.Element {
  const api = useVipApi();
  const can = useCan();
  const [open, setOpen] = createSignal(false);
  const [mode, setMode] = createSignal<Mode>("keep");
  const [tierKey, setTierKey] = createSignal("");
  const [reason, setReason] = createSignal("");
  const [until, setUntil] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [fields, setFields] = createSignal<Record<string, string>>({});
  const [error, setError] = createSignal<string | null>(null);
  const tiers = () => props.program.tiers.map((t) => ({ value: t.key, label: i18n.localized(t.name) }));
  const untilText = (d: string | null) => (d ? ` (${i18n.t("client.until", { date: date(d) })})` : "");
  const submit = async () => {
    setBusy(true);
    const base = { clientId: props.card.clientId, reason: reason().trim(), until: until() || undefined };
    const tier = tierKey() || props.program.tiers[0]?.key || "";
    try {
      if (mode() === "designate")
        await api.clients.designate.mutate({ ...base, mode: "designate", tierKey: tier });
      else if (mode() === "keep") await api.clients.override.mutate({ ...base, mode: "keep", tierKey: tier });
      else await api.clients.override.mutate({ ...base, mode: "exclude" });
      setOpen(false);
      props.onChanged();
    } catch (e) {
      setFields(fieldErrorsOf(e));
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const clear = (what: "override" | "designate") =>
    void run(
      () =>
        what === "override"
          ? api.clients.override.mutate({ clientId: props.card.clientId, mode: "clear" })
          : api.clients.designate.mutate({ clientId: props.card.clientId, mode: "clear" }),
      i18n.t("client.cleared"),
    ).then((done) => done && props.onChanged());
  return (
    <>
      <Show when={props.card.override}>
        {(o) => (
          <div class="vip-row-between" data-part="override">
            <span>
              {o().mode === "exclude"
                ? i18n.t("client.exclude", { reason: o().reason })
                : i18n.t("client.keep", {
                    tier: tierName(props.program.tiers, o().tierKey),
                    reason: o().reason,
                  })}
              {untilText(o().until)}
            </span>
            <Show when={can("clientsManage")}>
              <Button size="sm" variant="ghost" onClick={() => clear("override")}>
                {i18n.t("client.clearOverride")}
              </Button>
            </Show>
          </div>
        )}
      </Show>
      <Show when={props.card.designation}>
        {(d) => (
          <div class="vip-row-between" data-part="designation">
            <span>
              {i18n.t("client.designated", {
                tier: tierName(props.program.tiers, d().tierKey),
                reason: d().reason,
              })}
              {untilText(d().until)}
            </span>
            <Show when={can("clientsManage")}>
              <Button size="sm" variant="ghost" onClick={() => clear("designate")}>
                {i18n.t("client.clearDesignation")}
              </Button>
            </Show>
          </div>
        )}
      </Show>
      <Show when={can("clientsManage")}>
        <div>
          <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
            {i18n.t("client.decide")}
          </Button>
        </div>
      </Show>
      <FormDialog
        open={open()}
        onOpenChange={setOpen}
        title={i18n.t("client.decideTitle")}
        submitLabel={i18n.t("client.apply")}
        busy={busy()}
        error={error()}
        onSubmit={() => void submit()}
      >
        <Select
          label={i18n.t("client.mode")}
          options={(["keep", "exclude", "designate"] as const).map((m) => ({
            value: m,
            label: i18n.t(`client.modes.${m}`),
          }))}
          value={mode()}
          onChange={(m) => setMode(m as Mode)}
        />
        <Show when={mode() !== "exclude"}>
          <Select
            label={i18n.t("client.tier")}
            options={tiers()}
            value={tierKey() || props.program.tiers[0]?.key}
            error={fields().tierKey}
            onChange={setTierKey}
          />
        </Show>
        <TextField
          label={i18n.t("client.reason")}
          value={reason()}
          error={fields().reason}
          onChange={setReason}
          required
        />
        <TextField
          type="date"
          label={i18n.t("client.lastDay")}
          value={until()}
          error={fields().until}
          onChange={setUntil}
        />
      </FormDialog>
    </>
  );
}
