export * from "./schema.ts";
export * from "./staffing-schema.ts";
