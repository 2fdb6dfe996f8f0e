export * from "./clients-schema.ts";
export * from "./import-schema.ts";
export * from "./monitor-schema.ts";
export * from "./sales-schema.ts";
export * from "./schema.ts";
export * from "./staffing-schema.ts";
export * from "./stool-schema.ts";
export * from "./work-schema.ts";
