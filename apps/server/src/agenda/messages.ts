import { defineMessages, registerMessages } from "@quartet/core";

/** Refusals of "My work"'s agenda, worded in the viewer's language (`core.agenda.*`). */
export const agendaMessages = registerMessages(
  defineMessages("core.agenda", {
    rangeOrder: { en: "End the range on or after its start", ru: "Конец периода — не раньше его начала" },
    rangeTooLong: { en: "At most 42 days at once", ru: "Не больше 42 дней за раз" },
  }),
);
