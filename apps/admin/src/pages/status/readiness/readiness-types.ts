import type { QuartetClient } from "../../../lib/trpc.ts";

/** What `core.readiness.list` answers. */
export type ReadinessData = Awaited<ReturnType<QuartetClient["core"]["readiness"]["list"]["query"]>>;

/** One readiness signal with its numbers. */
export type SignalData = ReadinessData["signals"][number];
