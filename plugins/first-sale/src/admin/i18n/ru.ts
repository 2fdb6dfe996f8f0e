import type { Translation } from "@quartet/ui";
import type { en } from "./en.ts";
import { actions } from "./ru/actions.ts";
import { board } from "./ru/board.ts";
import { boardView } from "./ru/board-view.ts";
import { deal } from "./ru/deal.ts";
import { errors } from "./ru/errors.ts";
import { leads } from "./ru/leads.ts";
import { screens } from "./ru/screens.ts";

/** Русские тексты первой продажи. */
export const ru: Translation<typeof en> = {
  ...board,
  ...boardView,
  ...actions,
  ...deal,
  ...screens,
  ...errors,
  ...leads,
};
