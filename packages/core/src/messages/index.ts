export * from "./catalogs/errors.ts";
export * from "./catalogs/input.ts";
export * from "./define.ts";
export * from "./registry.ts";
export * from "./request-locale.ts";
export * from "./validate.ts";
export * from "./word.ts";
export * from "./zod-issue.ts";
