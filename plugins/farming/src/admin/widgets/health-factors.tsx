import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { factorWhy } from "./factor-text.ts";
import type { ClientAccount } from "./types.ts";

/**
 * Each factor of the health score: its name, the points it adds (of its share of 100) as a bar,
 * and why in words.
 */
export function HealthFactors(props: { health: ClientAccount["health"]; currency: string }): JSX.Element {
  const total = () => props.health.factors.reduce((sum, f) => sum + f.weight, 0) || 1;
  return (
    <ul class="fm-list fm-factors">
      <For each={props.health.factors}>
        {(factor) => {
          const share = () => (factor.weight / total()) * 100;
          return (
            <li class="fm-factor" data-factor={factor.key}>
              <div class="fm-factor__head">
                <span>{i18n.t(`client.factor.${factor.key}`)}</span>
                <span class="fm-factor__points">
                  {i18n.t("client.points", {
                    points: `${i18n.formatNumber(factor.points, { maximumFractionDigits: 0 })} / ${i18n.formatNumber(share(), { maximumFractionDigits: 0 })}`,
                  })}
                </span>
              </div>
              <span class="fm-factor__track" aria-hidden="true">
                <span class="fm-factor__bar" style={{ width: `${Math.round(factor.score * 100)}%` }} />
              </span>
              <span class="fm-hint">{factorWhy(factor.key, factor.params, props.currency)}</span>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
