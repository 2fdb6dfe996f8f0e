import type { QuartetClient } from "../../../lib/trpc.ts";

/** What `core.monitor.get` answers. */
export type MonitorData = Awaited<ReturnType<QuartetClient["core"]["monitor"]["get"]["query"]>>;

/** One leg of the monitor. */
export type LegData = MonitorData["legs"][number];

/** One number behind a leg's state. */
export type FactData = LegData["facts"][number];

/** The verdict's sentence as codes and numbers. */
export type SentenceData = MonitorData["sentence"];

/** A client stuck between legs. */
export type FlowItemData = MonitorData["flow"]["leadsNotTaken"][number];

/** What `core.monitor.history` answers. */
export type HistoryData = Awaited<ReturnType<QuartetClient["core"]["monitor"]["history"]["query"]>>;
