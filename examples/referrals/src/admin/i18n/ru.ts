import type { en } from "./en.ts";

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The plugin's Russian texts, key for key with the English ones. */
export const ru: Texts<typeof en> = {
  page: {
    title: "Рекомендации",
    subtitle: "Кто кого порекомендовал и какие вознаграждения причитаются рекомендателям",
    caption: "Рекомендации, сначала новые",
    referrer: "Порекомендовал",
    client: "Клиент",
    since: "С",
    reward: "К выплате",
    total: "Всего к выплате: {sum}",
    empty: "Рекомендаций пока нет",
    emptyHint: "Отметьте, кто порекомендовал клиента, на странице клиента.",
  },
  widget: {
    title: "Рекомендации",
    referredBy: "Порекомендовал: {name}",
    notReferred: "Клиента никто не рекомендовал",
    referred: "Привёл клиентов",
    noneReferred: "Пока никого не порекомендовал",
    noReward: "вознаграждения пока нет",
    record: "Кто порекомендовал?",
    dialogTitle: "Кто порекомендовал этого клиента?",
    search: "Клиент, который порекомендовал",
    noClients: "Таких клиентов нет",
    note: "Примечание (необязательно)",
    save: "Сохранить",
    saved: "Рекомендация записана",
    change: "Изменить",
    picked: "Порекомендовал: {name}",
  },
  offline: "Нет связи с сервером. Попробуйте ещё раз.",
};
