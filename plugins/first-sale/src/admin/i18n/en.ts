import { actions } from "./en/actions.ts";
import { board } from "./en/board.ts";
import { boardView } from "./en/board-view.ts";
import { deal } from "./en/deal.ts";
import { errors } from "./en/errors.ts";
import { leads } from "./en/leads.ts";
import { screens } from "./en/screens.ts";

/** First sale's English texts; they define the keys. */
export const en = { ...board, ...boardView, ...actions, ...deal, ...screens, ...errors, ...leads } as const;
