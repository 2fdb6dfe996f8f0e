import { validateInn, validateKpp } from "@quartet/core";
import { labelled } from "@quartet/core/plugin";
import { z } from "zod";
import { lostReasonsSetting } from "./lost-reasons.ts";
import { m } from "./messages.ts";

/**
 * When a deal counts as won — the company chooses: money received in full (default), a signed
 * contract, or a prepayment of at least `percent` of the invoice.
 */
export const wonRuleSchema = z.discriminatedUnion("kind", [
  labelled(z.object({ kind: z.literal("full-payment") }), {
    title: { ru: "Оплачен полностью", en: "Paid in full" },
  }),
  labelled(z.object({ kind: z.literal("contract-signed") }), {
    title: { ru: "Подписан договор", en: "Contract signed" },
  }),
  labelled(
    z.object({
      kind: z.literal("prepayment"),
      percent: labelled(
        z.number().int(m.wholePercent).min(1, m.atLeast1Percent).max(100, m.atMost100Percent),
        {
          title: { ru: "Предоплата не меньше", en: "Prepayment at least" },
          description: { ru: "Доля суммы счёта, от 1 до 100", en: "Share of the invoice, 1 to 100" },
          kind: "percent",
        },
      ),
    }),
    { title: { ru: "Внесена предоплата", en: "Prepayment received" } },
  ),
]);

/** One of the won rules. */
export type WonRule = z.output<typeof wonRuleSchema>;

const text = (max: number) => z.string().trim().max(max).default("");
const digits = (n: number, message: string) =>
  text(n).refine((v) => v === "" || new RegExp(`^\\d{${n}}$`).test(v), message);
const ofDigits = (n: number) => ({ ru: `${n} цифр`, en: `${n} digits` });

/** The organisation's requisites, printed on proposals (snapshotted into each version). */
export const requisitesSchema = z.object({
  companyName: labelled(text(300), {
    title: { ru: "Название организации", en: "Company name" },
    description: { ru: "Как в выписке из ЕГРЮЛ", en: "As registered" },
  }),
  inn: labelled(
    text(12).refine((v) => v === "" || validateInn(v).ok, m.notInn),
    {
      title: { ru: "ИНН", en: "INN (tax number)" },
      description: {
        ru: "10 цифр у организации, 12 у ИП",
        en: "10 digits for a company, 12 for a sole trader",
      },
      invalid: { ru: "Неверный ИНН: проверьте цифры", en: "Not a valid INN: check the digits" },
    },
  ),
  kpp: labelled(
    text(9).refine((v) => v === "" || validateKpp(v).ok, m.notKpp),
    {
      title: { ru: "КПП", en: "KPP (registration reason code)" },
      description: { ru: "9 знаков, только у организаций", en: "9 characters, companies only" },
      invalid: { ru: "Неверный КПП", en: "Not a valid KPP" },
    },
  ),
  ogrn: labelled(text(15), {
    title: { ru: "ОГРН или ОГРНИП", en: "OGRN (state registration number)" },
    description: {
      ru: "13 цифр у организации, 15 у ИП",
      en: "13 digits for a company, 15 for a sole trader",
    },
  }),
  address: labelled(text(500), {
    title: { ru: "Юридический адрес", en: "Registered address" },
    kind: "multiline",
  }),
  bankName: labelled(text(300), { title: { ru: "Банк", en: "Bank" } }),
  bik: labelled(digits(9, m.bikDigits), {
    title: { ru: "БИК", en: "BIK (bank code)" },
    description: ofDigits(9),
    invalid: { ru: "В БИК 9 цифр", en: "A BIK has 9 digits" },
  }),
  account: labelled(digits(20, m.accountDigits), {
    title: { ru: "Расчётный счёт", en: "Bank account" },
    description: ofDigits(20),
    invalid: { ru: "В расчётном счёте 20 цифр", en: "An account number has 20 digits" },
  }),
  correspondentAccount: labelled(digits(20, m.correspondentDigits), {
    title: { ru: "Корреспондентский счёт", en: "Correspondent account" },
    description: ofDigits(20),
    invalid: { ru: "В корреспондентском счёте 20 цифр", en: "A correspondent account has 20 digits" },
  }),
  phone: labelled(text(50), { title: { ru: "Телефон", en: "Phone" } }),
  email: labelled(text(200), { title: { ru: "Электронная почта", en: "Email" } }),
});

/** Requisites as settings hold them. */
export type Requisites = z.output<typeof requisitesSchema>;

/** The largest monthly target a form accepts, in minor units: 10 billion roubles. */
export const maxMonthlyTargetMinor = 1_000_000_000_000;

const deals = { ru: "Сделки", en: "Deals" };
const target = { ru: "План продаж", en: "Sales target" };
const proposals = { ru: "Коммерческие предложения", en: "Proposals" };

/** The settings of first sale, all with defaults so enabling needs none; grouped in three sections. */
export const firstSaleSettings = z.object({
  wonWhen: labelled(wonRuleSchema.default({ kind: "full-payment" }), {
    title: { ru: "Когда сделка считается выигранной", en: "When a deal counts as won" },
    section: deals,
    description: {
      ru: "По этому событию сделка переходит в «Выиграна» и уходит в развитие",
      en: "This event moves a deal to won and hands it over to farming",
    },
  }),
  /** A qualified lead from prospecting becomes a deal in the default pipeline's first stage. */
  autoCreateDealFromLead: labelled(z.boolean().default(true), {
    title: { ru: "Создавать сделку из квалифицированного лида", en: "Create a deal from a qualified lead" },
    section: deals,
    description: {
      ru: "Сделка появляется на первом этапе основной воронки",
      en: "The deal appears in the first stage of the main pipeline",
    },
  }),
  /** How the hunter of an automatic deal is chosen when the client has no first-sale owner yet. */
  assignmentStrategy: labelled(z.enum(["round-robin", "least-busy"]).default("round-robin"), {
    title: { ru: "Кому назначать новую сделку", en: "Who gets a new deal" },
    section: deals,
    description: {
      ru: "Когда у клиента ещё нет ответственного в первой продаже",
      en: "When the client has no first-sale owner yet",
    },
    options: {
      "round-robin": { ru: "По очереди", en: "In turn" },
      "least-busy": { ru: "Наименее загруженному", en: "The least busy" },
    },
  }),
  /** A won deal asks core for a handoff to farming (when the client has no farmer yet). */
  handoffToFarming: labelled(z.boolean().default(true), {
    title: { ru: "Передавать выигранного клиента в развитие", en: "Hand won clients over to farming" },
    section: deals,
    description: { ru: "Если у клиента ещё нет фермера", en: "When the client has no farmer yet" },
  }),
  lostReasons: lostReasonsSetting,
  /** New deals money target per month in minor units of the organisation's currency; 0 = no target. */
  monthlyTargetMinor: labelled(z.number().int().min(0).max(maxMonthlyTargetMinor).default(0), {
    title: { ru: "План продаж на месяц", en: "Monthly sales target" },
    section: target,
    description: { ru: "Сумма новых сделок; 0 — план не задан", en: "New deals revenue; 0: no target" },
    kind: "money",
  }),
  /** How long a new proposal stays valid, in days. */
  proposalValidityDays: labelled(z.number().int().min(1).max(365).default(14), {
    title: { ru: "Срок действия коммерческого предложения", en: "Proposal valid for" },
    section: proposals,
    description: { ru: "От 1 до 365 дней", en: "1 to 365 days" },
    kind: "days",
  }),
  requisites: labelled(requisitesSchema.default(requisitesSchema.parse({})), {
    title: { ru: "Реквизиты организации", en: "Company requisites" },
    section: proposals,
  }),
});

/** Parsed settings. */
export type FirstSaleSettings = z.output<typeof firstSaleSettings>;
