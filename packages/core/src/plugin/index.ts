export * from "./define-event.ts";
export * from "./define-permission.ts";
export * from "./define-plugin.ts";
export * from "./graph.ts";
export * from "./health.ts";
export * from "./pricing.ts";
export * from "./setting-text.ts";
export * from "./validate-manifests.ts";
