export * from "./events.ts";
export * from "./permissions.ts";
export * from "./rules.ts";
