import type { FormDefinitionInput } from "../../src/domain/form-definition.ts";
import type { ScriptGraphInput } from "../../src/domain/script-graph.ts";

/** A real Telegram `Update` (a private chat's text message), as the Bot API posts it. */
export function telegramMessage(updateId: number, chatId: number, text: string) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId - 1000,
      from: {
        id: chatId,
        is_bot: false,
        first_name: "Мария",
        last_name: "Иванова",
        username: "maria_i",
        language_code: "ru",
      },
      chat: { id: chatId, first_name: "Мария", last_name: "Иванова", username: "maria_i", type: "private" },
      date: 1768557600,
      text,
      ...(text.startsWith("/start") ? { entities: [{ offset: 0, length: 6, type: "bot_command" }] } : {}),
    },
  };
}

/** A lead form: name, phone (required), email, question; consent required. */
export const leadForm: FormDefinitionInput = {
  fields: [
    { key: "name", label: "Имя", type: "text", required: true, role: "name" },
    { key: "phone", label: "Телефон", type: "phone", required: true },
    { key: "email", label: "Email", type: "email" },
    { key: "question", label: "Вопрос", type: "textarea", role: "message" },
  ],
};

/** A branching cold-call script: interest → budget (a custom field) → interested; no → not interested; later → callback. */
export const coldCallScript: ScriptGraphInput = {
  start: "hello",
  steps: [
    {
      id: "hello",
      kind: "say",
      text: "Здравствуйте! Компания «Ромашка», упаковка для пищевых производств.",
      next: "need",
    },
    {
      id: "need",
      kind: "question",
      text: "Вы закупаете упаковку?",
      options: [
        { value: "yes", label: "Да", next: "budget" },
        { value: "no", label: "Нет", outcome: "not-interested" },
        { value: "later", label: "Перезвоните позже", outcome: "callback" },
      ],
    },
    {
      id: "budget",
      kind: "field",
      text: "Какой месячный бюджет?",
      field: "customFields.budget",
      input: "number",
      next: "offer",
    },
    {
      id: "offer",
      kind: "question",
      text: "Отправить коммерческое предложение?",
      options: [
        { value: "yes", label: "Да", next: "won" },
        { value: "no", label: "Нет", outcome: "not-interested" },
      ],
    },
    { id: "won", kind: "outcome", text: "Отлично, отправим КП сегодня.", disposition: "interested" },
  ],
};
