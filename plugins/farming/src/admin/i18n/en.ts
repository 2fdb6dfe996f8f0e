import { actions } from "./en/actions.ts";
import { client } from "./en/client.ts";
import { common } from "./en/common.ts";
import { day } from "./en/day.ts";
import { deals } from "./en/deals.ts";
import { errors } from "./en/errors.ts";
import { portfolio } from "./en/portfolio.ts";
import { rules } from "./en/rules.ts";
import { stats } from "./en/stats.ts";
import { whitespace } from "./en/whitespace.ts";

/** Farming's English texts; they define the keys. */
export const en = {
  ...common,
  ...day,
  ...portfolio,
  ...whitespace,
  ...deals,
  ...stats,
  ...rules,
  ...client,
  ...actions,
  ...errors,
} as const;
