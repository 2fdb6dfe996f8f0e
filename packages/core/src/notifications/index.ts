export * from "./channels.ts";
export * from "./cursor.ts";
export * from "./define-notification.ts";
export * from "./events.ts";
export * from "./staff-messenger.ts";
export * from "./validate.ts";
export * from "./wording.ts";
