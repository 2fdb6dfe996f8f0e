export { accounts, processedEvents, projectOrders, rules } from "./accounts.ts";
export { dealHistory, deals, offers } from "./deals.ts";
