import type { FarmingOutputs } from "../api.ts";

/** A page of the portfolio as `accounts.portfolio` answers it. */
export type PortfolioPage = FarmingOutputs["accounts"]["portfolio"];

/** One client of the portfolio. */
export type PortfolioRow = PortfolioPage["items"][number];

/** The farmers compared, as `accounts.farmers` answers it. */
export type FarmersData = FarmingOutputs["accounts"]["farmers"];
