export * from "./calling.ts";
export * from "./channels.ts";
export * from "./requests.ts";
