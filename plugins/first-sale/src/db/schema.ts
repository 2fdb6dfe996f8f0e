export { dealLines, deals, processedEvents, stageHistory } from "./deals.ts";
export { pipelines, stages } from "./pipelines.ts";
export { proposals, proposalVersions, type StoredLine } from "./proposals.ts";
