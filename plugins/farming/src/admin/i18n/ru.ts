import type { Translation } from "@quartet/ui/pure";
import type { en } from "./en.ts";
import { actions } from "./ru/actions.ts";
import { client } from "./ru/client.ts";
import { common } from "./ru/common.ts";
import { day } from "./ru/day.ts";
import { deals } from "./ru/deals.ts";
import { errors } from "./ru/errors.ts";
import { portfolio } from "./ru/portfolio.ts";
import { rules } from "./ru/rules.ts";
import { stats } from "./ru/stats.ts";
import { whitespace } from "./ru/whitespace.ts";

/** Русские тексты развития клиентов. */
export const ru: Translation<typeof en> = {
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
};
