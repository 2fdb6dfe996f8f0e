import {
  type DocumentLineInput,
  documentLines,
  type InvoiceDocument,
  type Locale,
  type PartyRequisites,
  type ProposalDocument,
  type VatPricing,
} from "@quartet/core";
import { makePng } from "./png.ts";

/** A seller with a bank account, as an organisation's requisites would give it. */
export const seller: PartyRequisites = {
  name: "ООО «Квартет Продажи»",
  inn: "7707083893",
  kpp: "773601001",
  address: "117997, г. Москва, ул. Вавилова, д. 19, офис 12",
  phone: "+7 495 500-55-50",
  bank: {
    bankName: "ПАО СБЕРБАНК г. Москва",
    bik: "044525225",
    correspondentAccount: "30101810400000000225",
    settlementAccount: "40702810938000012345",
  },
};

/** A buyer: a company's requisites without a bank. */
export const buyer: PartyRequisites = {
  name: "АО «Северный ветер»",
  inn: "7812014560",
  kpp: "781201001",
  address: "190000, г. Санкт-Петербург, Невский пр., д. 28",
};

const clear: [number, number, number, number] = [255, 255, 255, 0];

/** Logo, signature and stamp as real PNGs: a blue block with a white bar, a scribble and a ring on a see-through ground. */
export const images = {
  logo: makePng(140, 48, (x, y) =>
    y > 18 && y < 30 && x > 10 && x < 130 ? [255, 255, 255, 255] : [30, 70, 160, 255],
  ),
  signature: makePng(80, 32, (x, y) =>
    Math.abs(y - 16 - 10 * Math.sin(x / 6)) < 1.5 ? [20, 40, 140, 255] : clear,
  ),
  stamp: makePng(90, 90, (x, y) => {
    const r = Math.hypot(x - 45, y - 45);
    return (r > 38 && r < 43) || (r > 28 && r < 30) ? [60, 80, 200, 200] : clear;
  }),
};

/** Three lines at VAT 22 %, total 183 600,00 ₽. */
export const invoiceLines: DocumentLineInput[] = [
  {
    name: "Лицензия Quartet CRM, тариф «Отдел продаж», 12 месяцев",
    quantity: "10",
    unit: "шт",
    unitPriceMinor: 1_200_000,
    vatRate: "vat22",
  },
  {
    name: "Внедрение: настройка воронки первой продажи и сценариев звонков",
    quantity: "16",
    unit: "ч",
    unitPriceMinor: 300_000,
    vatRate: "vat22",
  },
  { name: "Обучение менеджеров", quantity: "1", unit: "усл.", unitPriceMinor: 1_560_000, vatRate: "vat22" },
];

/** An invoice worked out by `documentLines` from `lines` (VAT inside the prices unless `pricing` says added), with logo, signature and stamp. */
export function invoice(
  locale: Locale,
  lines = invoiceLines,
  pricing: VatPricing = "included",
): InvoiceDocument {
  return {
    type: "invoice",
    locale,
    number: "2026-000123",
    date: "2026-12-07",
    seller,
    buyer,
    ...documentLines({ pricing, lines }, locale),
    paymentTerms: locale === "ru" ? "отсрочка 30 календарных дней" : "deferral of 30 calendar days",
    director: { fullName: "Иванов И. И." },
    accountant: { fullName: "Петрова А. С." },
    images,
  };
}

/** `count` lines, enough to run past a page. */
export function manyLines(count: number): DocumentLineInput[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Позиция прайс-листа № ${i + 1}, модуль «Фарминг»`,
    quantity: String(1 + (i % 3)),
    unit: "шт",
    unitPriceMinor: 99_000 + i * 100,
    vatRate: "vat22" as const,
  }));
}

/** A proposal without VAT (a simplified-tax seller), valid to the year's end, with a manager to call. */
export function proposal(locale: Locale): ProposalDocument {
  const lines: DocumentLineInput[] = [
    {
      name: "Лицензия Quartet CRM, тариф «VIP», 12 месяцев",
      quantity: "5",
      unit: "шт",
      unitPriceMinor: 2_400_000,
      vatRate: "none",
    },
    {
      name: "Сопровождение VIP-клиентов: персональный менеджер",
      quantity: "12",
      unit: "мес.",
      unitPriceMinor: 500_000,
      vatRate: "none",
    },
  ];
  return {
    type: "proposal",
    locale,
    number: "КП-45",
    date: "2026-12-07",
    seller,
    buyer,
    ...documentLines({ pricing: "included", lines }, locale),
    intro:
      locale === "ru"
        ? "Благодарим за интерес к Quartet CRM. Предлагаем подключить отдел продаж к четырём функциям: поиск клиентов, первая продажа, фарминг и VIP."
        : "Thank you for your interest in Quartet CRM. We offer to connect your sales department to all four functions: prospecting, first sale, farming and VIP.",
    validUntil: "2026-12-31",
    paymentTerms: locale === "ru" ? "100% предоплата" : "100% prepayment",
    manager: { fullName: "Смирнова Ольга", phone: "+7 495 500-55-51", email: "o.smirnova@quartet.example" },
    images: { logo: images.logo },
  };
}
