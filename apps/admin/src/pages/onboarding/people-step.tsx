import { Callout } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { InviteForm } from "../team/invitations/invite-form.tsx";
import { CoverRows } from "./cover-rows.tsx";
import { PluginOutcomes } from "./plugin-outcomes.tsx";
import type { SetupResult } from "./setup.ts";
import "./people-step.css";

/**
 * Step 3, after the organisation is created: what became of the chosen functions' plugins and,
 * unless the founder works alone, who covers each function and whom to invite.
 */
export function PeopleStep(props: { result: SetupResult }): JSX.Element {
  const i18n = useT();
  return (
    <div class="onboarding__fields">
      <Callout tone="success" title={i18n.t("onboarding.people.created", { name: props.result.org.name })} />
      <PluginOutcomes outcomes={props.result.outcomes} />
      <Show
        when={props.result.org.growthStage !== "solo"}
        fallback={<Callout tone="info">{i18n.t("onboarding.people.solo")}</Callout>}
      >
        <section class="onboarding__section" aria-labelledby="onboarding-cover">
          <div class="q-stack q-gap-1">
            <h2 id="onboarding-cover" class="onboarding__section-title">
              {i18n.t("onboarding.people.whoCovers")}
            </h2>
            <p class="q-subtle">{i18n.t("onboarding.people.whoCoversHint")}</p>
          </div>
          <CoverRows />
        </section>
        <section class="onboarding__section" aria-labelledby="onboarding-invite">
          <div class="q-stack q-gap-1">
            <h2 id="onboarding-invite" class="onboarding__section-title">
              {i18n.t("onboarding.people.invite")}
            </h2>
            <p class="q-subtle">{i18n.t("onboarding.people.inviteHint")}</p>
          </div>
          <InviteForm />
        </section>
      </Show>
    </div>
  );
}
