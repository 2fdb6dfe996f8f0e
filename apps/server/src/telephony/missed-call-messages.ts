import { defineMessages, registerMessages } from "@quartet/core";

/** The callback task a missed call from a client's number raises (`core.missed-call.*`), worded in the organisation's language. */
export const missedCallMessages = registerMessages(
  defineMessages("core.missed-call", {
    taskTitle: { en: "Call back {client}: missed call", ru: "Перезвонить: {client} — пропущенный звонок" },
    taskNote: { en: "Missed call from {number}", ru: "Пропущенный звонок с номера {number}" },
  }),
);
