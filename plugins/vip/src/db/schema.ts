export { designations } from "./designations.ts";
export { overrides } from "./overrides.ts";
export { processedEvents } from "./processed-events.ts";
export { programs } from "./program.ts";
export { requests } from "./requests.ts";
export { reviews } from "./reviews.ts";
export { standings } from "./standings.ts";
