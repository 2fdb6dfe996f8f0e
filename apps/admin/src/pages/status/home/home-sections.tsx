import { type JSX, Show } from "solid-js";
import { useAccess } from "../../../lib/me.ts";
import { ReadinessSignals } from "../readiness/readiness-signals.tsx";
import { ActivityCard } from "./activity-card.tsx";
import { DiagnosticCard } from "./diagnostic-card.tsx";
import { OverdueCard } from "./overdue-card.tsx";
import { PipelineCard } from "./pipeline-card.tsx";
import { PlanCard } from "./plan-card.tsx";
import { useHome } from "./use-home.ts";
import "./home.css";

/**
 * The head of sales' part of the home page, right after the monitor: the readiness advice and the
 * self-diagnostic link, the month's plan vs actual, activity this week per person,
 * open deals and today's overdue work — all from one `core.home.get`.
 */
export function HomeSections(): JSX.Element {
  const access = useAccess();
  const home = useHome();
  return (
    <>
      <div class="home-next status-grid__wide">
        <ReadinessSignals />
        <Show when={access.can("core.diagnostic.run")}>
          <DiagnosticCard />
        </Show>
      </div>
      <div class="status-grid__wide">
        <PlanCard query={home} />
      </div>
      <div class="status-grid__wide">
        <ActivityCard query={home} />
      </div>
      <div class="status-grid__wide">
        <PipelineCard query={home} />
      </div>
      <div class="status-grid__wide">
        <OverdueCard query={home} />
      </div>
    </>
  );
}
