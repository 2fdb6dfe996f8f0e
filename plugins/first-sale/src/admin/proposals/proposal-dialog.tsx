import { Button, Callout, Checkbox, Dialog, TextField } from "@quartet/ui";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import type { LineInput } from "../deal/line-drafts.ts";
import { errorText } from "../errors/error-text.ts";
import { i18n } from "../i18n/index.ts";

/** What the dialog writes: a new proposal of the deal, or a new version of a proposal. */
export type ProposalTarget =
  | { kind: "create"; dealId: string }
  | { kind: "revise"; proposalId: string; number: string; terms: string; validUntil: string };

/**
 * Writes a proposal from the deal: the deal's lines, the terms and how long it is valid (the
 * organisation's default when left empty). A revision is a new version; it takes the deal's
 * current lines when asked to.
 */
export function ProposalDialog(props: {
  target: ProposalTarget | null;
  /** The deal's lines now, as a revision takes them. */
  dealLines: readonly LineInput[];
  onClose: () => void;
  onSaved: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const [terms, setTerms] = createSignal("");
  const [validUntil, setValidUntil] = createSignal("");
  const [takeLines, setTakeLines] = createSignal(true);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  createEffect(() => {
    const target = props.target;
    setError(null);
    setTerms(target?.kind === "revise" ? target.terms : "");
    setValidUntil(target?.kind === "revise" ? target.validUntil : "");
    setTakeLines(true);
  });
  const save = async (target: ProposalTarget) => {
    setBusy(true);
    setError(null);
    try {
      const valid = validUntil() ? { validUntil: validUntil() } : {};
      if (target.kind === "create") {
        await api.proposals.create.mutate({ dealId: target.dealId, terms: terms(), ...valid });
      } else {
        const lines = takeLines() ? props.dealLines : undefined;
        await api.proposals.revise.mutate({
          proposalId: target.proposalId,
          terms: terms(),
          ...valid,
          ...(lines ? { lines: [...lines] } : {}),
        });
      }
      props.onSaved();
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  };
  const title = () => {
    const target = props.target;
    return target?.kind === "revise"
      ? i18n.t("proposals.reviseTitle", { number: target.number })
      : i18n.t("proposals.createTitle");
  };
  return (
    <Dialog
      open={props.target !== null}
      onOpenChange={(open) => !open && props.onClose()}
      title={title()}
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onClose()}>
            {i18n.t("proposals.cancel")}
          </Button>
          <Button
            loading={busy()}
            onClick={() => {
              const target = props.target;
              if (target) void save(target);
            }}
          >
            {i18n.t("proposals.save")}
          </Button>
        </>
      }
    >
      <p class="fs-muted">{i18n.t("proposals.linesFromDeal", { count: props.dealLines.length })}</p>
      <Show when={props.target?.kind === "revise"}>
        <Checkbox label={i18n.t("proposals.takeLines")} checked={takeLines()} onChange={setTakeLines} />
      </Show>
      <TextField label={i18n.t("proposals.terms")} multiline value={terms()} onChange={setTerms} />
      <TextField
        label={i18n.t("proposals.validUntil")}
        description={i18n.t("proposals.validHint")}
        type="date"
        value={validUntil()}
        onChange={setValidUntil}
      />
      <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
    </Dialog>
  );
}
