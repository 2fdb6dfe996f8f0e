export * from "./calendar.ts";
export * from "./criteria.ts";
export * from "./events.ts";
export * from "./fields.ts";
export * from "./permissions.ts";
export * from "./program.ts";
export * from "./reasons.ts";
