export * from "./context.ts";
export * from "./error-formatter.ts";
export * from "./init.ts";
export * from "./procedures.ts";
