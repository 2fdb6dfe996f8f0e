import type { CoreOutputs } from "@quartet/ui";

/** A member of the organisation, as `core.members.list` answers it. */
export type CoreMember = CoreOutputs["members"]["list"][number];
