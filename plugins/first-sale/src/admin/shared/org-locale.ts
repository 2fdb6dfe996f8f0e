import type { Locale } from "@quartet/ui";
import { createResource } from "solid-js";
import { useCoreApi } from "../api.ts";
import { useCan } from "./permissions.ts";

/**
 * The organisation's language, which documents are made in unless the member picks another;
 * undefined while loading or for a viewer who may not read the organisation (the card then
 * takes the viewer's language).
 */
export function useOrgLocale(): () => Locale | undefined {
  const core = useCoreApi();
  const can = useCan();
  const [org] = createResource(
    () => can("orgRead") || undefined,
    () => core.org.get.query(),
  );
  return () => org.latest?.locale;
}
