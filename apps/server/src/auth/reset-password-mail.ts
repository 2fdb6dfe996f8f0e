import { bilingualMail } from "./bilingual-mail.ts";
import type { MailMessage } from "./mailer.ts";

/**
 * The password reset mail, in Russian then English: the user's language is not known before
 * they sign in.
 *
 * @example resetPasswordMail({ to: "ann@example.com", link: "https://crm.example.com/reset-password?token=…", validMinutes: 60 })
 */
export function resetPasswordMail(input: { to: string; link: string; validMinutes: number }): MailMessage {
  const { link, validMinutes } = input;
  return bilingualMail({
    to: input.to,
    subject: "Сброс пароля Quartet / Quartet password reset",
    link,
    ru: [
      "Здравствуйте!",
      "Кто-то (надеемся, вы) попросил сбросить пароль вашей учётной записи Quartet. Чтобы задать новый пароль, откройте ссылку:",
      link,
      `Ссылка действует ${validMinutes} мин. и срабатывает один раз. Если вы не просили сбросить пароль, ничего не делайте: пароль останется прежним.`,
    ],
    en: [
      "Hello,",
      "Someone (hopefully you) asked to reset the password of your Quartet account. To choose a new password, open this link:",
      link,
      `The link is valid for ${validMinutes} minutes and works once. If you did not ask for a reset, do nothing: your password stays as it is.`,
    ],
  });
}
