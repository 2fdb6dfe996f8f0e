import type { FactData, LegData } from "./monitor-types.ts";

type Action = NonNullable<LegData["missing"]>["action"];

/** Where a missing leg's action is done: plugins on the functions page, people on the team page. */
export function actionHref(action: Action): string {
  return action === "install-plugin" || action === "enable-plugin" ? "/functions" : "/team";
}

/** The id of the between-legs lists on the page. */
export const flowAnchor = "between-legs";

/** Where to act on a number: the plugin's page for a reading (when it names one), the lists of stuck clients for a flow. */
export function factHref(fact: FactData): string | null {
  return fact.code === "reading" ? (fact.reading.href ?? null) : `#${flowAnchor}`;
}
