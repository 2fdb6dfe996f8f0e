export * from "./caller-card.ts";
export * from "./events.ts";
export * from "./messages.ts";
export * from "./normalise.ts";
export * from "./types.ts";
