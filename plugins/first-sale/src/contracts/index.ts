export * from "./events.ts";
export * from "./lost-reasons.ts";
export * from "./permissions.ts";
export * from "./settings.ts";
