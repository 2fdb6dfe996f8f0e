import { bilingualMail } from "../bilingual-mail.ts";
import type { MailMessage } from "../mailer.ts";

/**
 * The mail that confirms a new account's address, in Russian then English.
 *
 * @example verifyEmailMail({ to: "ann@example.com", link: "https://crm.example.com/verify-email?token=…", validHours: 24 })
 */
export function verifyEmailMail(input: { to: string; link: string; validHours: number }): MailMessage {
  const { link, validHours } = input;
  return bilingualMail({
    to: input.to,
    subject: "Подтвердите адрес почты в Quartet / Confirm your email for Quartet",
    link,
    ru: [
      "Здравствуйте!",
      "Этот адрес указали при регистрации в Quartet. Чтобы подтвердить, что он ваш, откройте ссылку:",
      link,
      `Ссылка действует ${validHours} ч. Пока адрес не подтверждён, создать организацию нельзя. Если вы не регистрировались, ничего не делайте.`,
    ],
    en: [
      "Hello,",
      "This address was given when signing up for Quartet. To confirm that it is yours, open this link:",
      link,
      `The link is valid for ${validHours} hours. Until the address is confirmed, no organisation can be created. If you did not sign up, do nothing.`,
    ],
  });
}
