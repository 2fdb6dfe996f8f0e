export * from "./events.ts";
export * from "./folder-cursor.ts";
export * from "./messages.ts";
export * from "./sender-keys.ts";
export * from "./threading.ts";
