export * from "./define-config.ts";
export * from "./load.ts";
