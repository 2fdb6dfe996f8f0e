import type { RecommendationCode, SalesFunction } from "@quartet/core";

type Params = Record<string, number | string>;

/** The words of the consultant's mail in one language. */
export type MailWords = {
  subject(org: string): string;
  request(name: string, phone: string, email: string | null): string;
  comment: string;
  scores: string;
  score(fn: string, score: number): string;
  weakest(fn: string): string;
  recommendations: string;
  none: string;
  functions: Record<SalesFunction, string>;
  recommendation(code: RecommendationCode, params: Params, fn: string): string;
};

const ru: MailWords = {
  subject: (org) => `Самодиагностика отдела продаж «${org}»: запрос консультации`,
  request: (name, phone, email) => `Запрос консультации: ${name}, ${phone}${email ? `, ${email}` : ""}.`,
  comment: "Комментарий",
  scores: "Оценки функций",
  score: (fn, score) => `${fn}: ${score} из 100`,
  weakest: (fn) => `Самая слабая нога: ${fn}.`,
  recommendations: "Рекомендации",
  none: "Рекомендаций нет: все ответы лучшие.",
  functions: {
    prospecting: "Лидогенерация",
    "first-sale": "Первая продажа",
    farming: "Развитие клиентов",
    vip: "VIP-клиенты",
  },
  recommendation: (code, p, fn) =>
    ({
      "enable-function": `Включите функцию «${fn}»: её никто не выполняет`,
      "assign-person": `Назначьте человека на функцию «${fn}»: её никто не выполняет`,
      "assign-specialist": `Назначьте отдельного специалиста на «${fn}»: собственник ведёт сам ${p.clients} клиентов`,
      "write-scripts": "Напишите скрипт холодного звонка",
      "define-lead": "Определите, кто считается лидом: только проявивший интерес",
      "define-first-sale": "Определите, что считается первой продажей",
      "separate-hunters-farmers": `Разделите охотников и фермеров: ${p.people} чел. делают и то и другое`,
      "staff-by-strength": "Подбирайте охотников и фермеров по их сильным сторонам",
      "handoff-rule": "Введите правило передачи клиента после первой продажи на развитие",
      "contact-cadence": "Задайте частоту контактов с действующими клиентами",
      "define-vip-criteria": "Определите критерии VIP-клиентов",
      "vip-terms": "Определите особые условия для VIP-клиентов",
      "set-targets": `Поставьте месячные цели функции «${fn}»`,
      "one-client-base": "Соберите клиентскую базу в одной системе",
    })[code],
};

const en: MailWords = {
  subject: (org) => `Sales department self-diagnostic of ${org}: consultation request`,
  request: (name, phone, email) => `Consultation request: ${name}, ${phone}${email ? `, ${email}` : ""}.`,
  comment: "Comment",
  scores: "Function scores",
  score: (fn, score) => `${fn}: ${score} of 100`,
  weakest: (fn) => `The weakest leg: ${fn}.`,
  recommendations: "Recommendations",
  none: "No recommendations: every answer is the best one.",
  functions: {
    prospecting: "Prospecting",
    "first-sale": "First sale",
    farming: "Client development",
    vip: "VIP clients",
  },
  recommendation: (code, p, fn) =>
    ({
      "enable-function": `Enable ${fn}: nobody performs it`,
      "assign-person": `Assign someone to ${fn}: nobody performs it`,
      "assign-specialist": `Assign a specialist to ${fn}: the owner handles ${p.clients} clients himself`,
      "write-scripts": "Write a cold-call script",
      "define-lead": "Define a lead: only someone who expressed interest",
      "define-first-sale": "Define what counts as a first sale",
      "separate-hunters-farmers": `Separate hunters and farmers: ${p.people} people do both`,
      "staff-by-strength": "Choose hunters and farmers by their strengths",
      "handoff-rule": "Set a rule for handing clients from first sale to farming",
      "contact-cadence": "Set how often existing clients are contacted",
      "define-vip-criteria": "Define VIP criteria",
      "vip-terms": "Define special conditions for VIP clients",
      "set-targets": `Set monthly targets for ${fn}`,
      "one-client-base": "Keep the client base in one system",
    })[code],
};

/** The consultant's mail words in the requester's language. */
export const mailWords: Record<"ru" | "en", MailWords> = { ru, en };
