import { defineMessages, registerMessages } from "@quartet/core";

/** Refusals of sign-up, of unconfirmed addresses, of the organisation limit and of instance settings. */
export const signUpMessages = registerMessages(
  defineMessages("core.signup", {
    invitationOnly: {
      en: "Sign-up on this server is by invitation only: open the invitation link you were mailed",
      ru: "Регистрация на этом сервере — только по приглашению: откройте ссылку из письма-приглашения",
    },
    closed: {
      en: "Sign-up on this server is closed: ask its administrator for an account",
      ru: "Регистрация на этом сервере закрыта: попросите учётную запись у администратора",
    },
    invitationForOther: {
      en: "This invitation is for {email}: sign up with that address",
      ru: "Это приглашение для {email}: зарегистрируйтесь с этим адресом",
    },
    invitationUnusable: {
      en: "This invitation link no longer works: ask for a new one",
      ru: "Ссылка-приглашение больше не действует: попросите новую",
    },
    confirmEmailFirst: {
      en: "Confirm your email address first: open the link we mailed to {email}",
      ru: "Сначала подтвердите адрес почты: откройте ссылку из письма, отправленного на {email}",
    },
    organisationLimit: {
      en: {
        one: "You already own {count} organisation, the most one person may create on this server",
        other: "You already own {count} organisations, the most one person may create on this server",
      },
      ru: {
        one: "У вас уже {count} организация — больше на этом сервере одному человеку создавать нельзя",
        few: "У вас уже {count} организации — больше на этом сервере одному человеку создавать нельзя",
        many: "У вас уже {count} организаций — больше на этом сервере одному человеку создавать нельзя",
        other: "У вас уже {count} организации — больше на этом сервере одному человеку создавать нельзя",
      },
    },
    adminOnly: {
      en: "Only the server's administrator may change this",
      ru: "Это может изменить только администратор сервера",
    },
  }),
);
