import type { Translation } from "@quartet/ui";
import type * as en from "../en/common.ts";

/** Название приложения и служебные слова. */
export const app: Translation<typeof en.app> = {
  name: "Quartet",
  skipToContent: "Перейти к содержимому",
};

/** Кнопки и короткие слова всех страниц. */
export const common: Translation<typeof en.common> = {
  save: "Сохранить",
  cancel: "Отмена",
  create: "Создать",
  delete: "Удалить",
  edit: "Изменить",
  remove: "Убрать",
  close: "Закрыть",
  back: "Назад",
  next: "Далее",
  done: "Готово",
  retry: "Повторить",
  saved: "Изменения сохранены",
  loadMore: "Показать ещё",
  none: "—",
  never: "Никогда",
  you: "вы",
  actions: "Действия",
  all: "Все",
  reset: "Сбросить",
  unsavedChanges: "Есть несохранённые изменения",
};

/** Страница для неизвестного адреса. */
export const notFound: Translation<typeof en.notFound> = {
  title: "Страница не найдена",
  description: "Возможно, в адресе опечатка или страница принадлежит модулю, который не включён.",
  back: "К здоровью отдела",
};

/** Карточка на месте страницы, закрытой ролью или выключенным модулем. */
export const forbidden: Translation<typeof en.forbidden> = {
  title: "Страница недоступна",
  description: "Она принадлежит модулю, который ваша организация не включила, или ваша роль её не разрешает.",
};
