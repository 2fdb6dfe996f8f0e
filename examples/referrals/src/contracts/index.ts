export * from "./events.ts";
export * from "./messages.ts";
export * from "./permissions.ts";
export * from "./settings.ts";
