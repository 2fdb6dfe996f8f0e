import type { Translation } from "@quartet/ui";
import type { errors as en } from "../en/errors.ts";

/** Что говорит сам интерфейс, когда вызов не прошёл; отказы сервер формулирует сам. */
export const errors: Translation<typeof en> = {
  errors: {
    offline: "Сервер недоступен. Проверьте соединение и повторите.",
  },
};
