import { Button, Card, RadioCards, TextField } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { AddButton } from "./add-button.tsx";
import { CriterionRow } from "./criterion-row.tsx";
import { PrivilegesFields } from "./privileges-fields.tsx";
import type { DraftCriterion, DraftTier } from "./program-draft.ts";
import { newCriterion } from "./program-draft.ts";
import { RemoveButton } from "./remove-button.tsx";

/** A tier's card: names, how its criteria combine, the criteria, privileges, and its place in the order. */
export function TierCard(props: {
  tier: DraftTier;
  index: number;
  count: number;
  currencySign: string;
  error: (path: string) => string | undefined;
  /** Changes the tier in place (a store update), so fields keep their focus. */
  update: (change: (tier: DraftTier) => void) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}): JSX.Element {
  const at = (path: string) => props.error(`tiers.${props.index}.${path}`);
  const criterionAt = (i: number, change: (c: Record<string, unknown>) => void) =>
    props.update((t) => change(t.criteria[i] as unknown as Record<string, unknown>));
  return (
    <Card
      class="vip-tier"
      title={`${i18n.t("program.tier", { n: props.index + 1 })} · ${i18n.localized(props.tier.name)}`}
      actions={
        <div class="q-row">
          <Button
            size="sm"
            variant="ghost"
            disabled={props.index === props.count - 1}
            onClick={() => props.onMove(props.index + 1)}
          >
            {i18n.t("program.up")}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={props.index === 0}
            onClick={() => props.onMove(props.index - 1)}
          >
            {i18n.t("program.down")}
          </Button>
          <RemoveButton
            label={i18n.t("program.removeTier")}
            disabled={props.count === 1}
            onClick={() => props.onRemove()}
          />
        </div>
      }
    >
      <div class="q-stack q-gap-4">
        <div class="vip-fields">
          <TextField
            label={i18n.t("program.nameRu")}
            value={props.tier.name.ru}
            error={at("name.ru")}
            onChange={(ru) =>
              props.update((t) => {
                t.name.ru = ru;
              })
            }
          />
          <TextField
            label={i18n.t("program.nameEn")}
            value={props.tier.name.en}
            error={at("name.en")}
            onChange={(en) =>
              props.update((t) => {
                t.name.en = en;
              })
            }
          />
        </div>
        <section class="vip-section">
          <h3>{i18n.t("program.criteria")}</h3>
          <RadioCards
            label={i18n.t("program.combine")}
            options={[
              { value: "all", label: i18n.t("program.all") },
              { value: "any", label: i18n.t("program.any") },
            ]}
            value={props.tier.combine}
            onChange={(combine) =>
              props.update((t) => {
                t.combine = combine as DraftTier["combine"];
              })
            }
          />
          <ul class="vip-plain-list">
            <For each={props.tier.criteria}>
              {(criterion, i) => (
                <CriterionRow
                  criterion={criterion}
                  currencySign={props.currencySign}
                  error={(field) => at(`criteria.${i()}.${field}`)}
                  onField={(field, value) =>
                    criterionAt(i(), (c) => {
                      c[field] = value;
                    })
                  }
                  onKind={(next: DraftCriterion) =>
                    props.update((t) => {
                      t.criteria[i()] = next;
                    })
                  }
                  onRemove={
                    props.tier.criteria.length > 1
                      ? () => props.update((t) => void t.criteria.splice(i(), 1))
                      : undefined
                  }
                />
              )}
            </For>
          </ul>
          <AddButton
            label={i18n.t("program.addCriterion")}
            onClick={() => props.update((t) => void t.criteria.push(newCriterion("revenue")))}
          />
        </section>
        <PrivilegesFields
          value={props.tier.privileges}
          error={(field) => at(`privileges.${field}`)}
          onField={(field, value) =>
            props.update((t) => void Object.assign(t.privileges, { [field]: value }))
          }
        />
      </div>
    </Card>
  );
}
