import type { callEnded } from "@quartet/core";
import type { z } from "zod";

/** The payload of core's `core.call.ended@1`, as prospecting's PBX services read it. */
export type CallEnded = z.infer<typeof callEnded.schema>;
