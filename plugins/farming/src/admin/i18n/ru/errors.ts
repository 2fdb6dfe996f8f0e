import type { Translation } from "@quartet/ui/pure";
import type { errors as en } from "../en/errors.ts";

/** Что говорит сам интерфейс, когда вызов не прошёл; отказы сервер формулирует сам. */
export const errors: Translation<typeof en> = {
  errors: {
    offline: "Нет связи с сервером. Проверьте сеть и повторите.",
  },
};
