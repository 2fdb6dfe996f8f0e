import type { Translation } from "@quartet/ui";
import type { errors as en } from "../en/errors.ts";

/** Ошибки: сообщения сервера понятными словами и что сказать, когда никто не отвечает. */
export const errors: Translation<typeof en> = {
  network: "Сервер не отвечает. Проверьте подключение и попробуйте ещё раз.",
  internal: "На сервере что-то пошло не так. Попробуйте ещё раз; если повторится, сообщите администратору.",
  forbidden: "Ваша роль этого не позволяет.",
  signInFirst: "Сеанс завершился. Войдите снова.",
  unknown: "Что-то пошло не так: {message}",
  fields: {
    nameOrg: "Укажите название организации",
  },
};
