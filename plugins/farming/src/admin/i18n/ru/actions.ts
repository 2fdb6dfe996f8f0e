import type { Translation } from "@quartet/ui/pure";
import type { actions as en } from "../en/actions.ts";

/** Кнопка развития в карточке клиента и её диалог. */
export const actions: Translation<typeof en> = {
  expansionAction: {
    open: "Создать сделку расширения",
    title: "Сделка расширения: {client}",
    created: "Сделка расширения «{title}» создана",
  },
};
