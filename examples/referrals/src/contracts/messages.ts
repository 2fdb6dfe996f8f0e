import { defineMessages, registerMessages } from "@quartet/core";

/**
 * The referrals plugin's messages for people: refusals and field messages, worded on the server in
 * the reader's language. Registered at import; the manifest lists it as `messages` for the boot check.
 *
 * @example throw new DomainError("CONFLICT", m.alreadyReferred, { params: { name }, fields: { clientId: m.alreadyReferredField } })
 */
export const m = registerMessages(
  defineMessages("referrals", {
    chooseClient: { en: "Choose a client", ru: "Выберите клиента" },
    noSuchClient: { en: "No such client", ru: "Такого клиента нет" },
    notSelf: { en: "A client cannot refer itself", ru: "Клиент не может порекомендовать сам себя" },
    chooseAnother: { en: "Choose another client", ru: "Выберите другого клиента" },
    alreadyReferred: {
      en: "{name} was already referred by another client",
      ru: "Клиента «{name}» уже порекомендовал другой клиент",
    },
    referredAlready: { en: "Already referred", ru: "Уже есть рекомендатель" },
    circular: {
      en: "{name} was referred by this client: a referral cannot go both ways",
      ru: "Клиента «{name}» порекомендовал этот клиент: рекомендация не может быть взаимной",
    },
    noteTooLong: { en: "At most 500 characters", ru: "Не больше 500 знаков" },
  }),
);
