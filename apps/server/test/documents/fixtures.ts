import {
  type DocumentLine,
  type InvoiceDocument,
  type LineVat,
  type Locale,
  money,
  type PartyRequisites,
  type ProposalDocument,
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

/** A line with its sums worked out here (VAT inside the price), since the VAT module is not ours. */
export function line(
  name: string,
  quantity: number,
  unit: string,
  priceMinor: number,
  vat: LineVat,
): DocumentLine {
  const totalMinor = Math.round(priceMinor * quantity);
  const vatMinor =
    vat.kind === "rate" ? Math.round((totalMinor * vat.ratePercent) / (100 + vat.ratePercent)) : 0;
  return {
    name,
    quantity,
    unit,
    price: money(priceMinor, "RUB"),
    vat,
    vatAmount: money(vatMinor, "RUB"),
    total: money(totalMinor, "RUB"),
  };
}

const vat20: LineVat = { kind: "rate", ratePercent: 20 };
const noVat: LineVat = { kind: "none" };

const clear: [number, number, number, number] = [255, 255, 255, 0];

/** Logo, signature and stamp as real PNGs: a blue block with a white bar, a scribble and a ring on a see-through ground. */
export const images = {
  logo: makePng(140, 48, (x, y) => (y > 18 && y < 30 && x > 10 && x < 130 ? [255, 255, 255] : [30, 70, 160])),
  signature: makePng(80, 32, (x, y) =>
    Math.abs(y - 16 - 10 * Math.sin(x / 6)) < 1.5 ? [20, 40, 140] : [255, 255, 255],
  ),
  stamp: makePng(90, 90, (x, y) => {
    const r = Math.hypot(x - 45, y - 45);
    return (r > 38 && r < 43) || (r > 28 && r < 30) ? [60, 80, 200, 200] : clear;
  }),
};

function sums(lines: readonly DocumentLine[], withVat: boolean, totalInWords: string) {
  const totalMinor = lines.reduce((s, l) => s + l.total.amountMinor, 0);
  const vatMinor = lines.reduce((s, l) => s + l.vatAmount.amountMinor, 0);
  const total = money(totalMinor, "RUB");
  return { subtotal: total, total, totalInWords, ...(withVat ? { vat: money(vatMinor, "RUB") } : {}) };
}

const words = {
  ru: "Сто восемьдесят три тысячи шестьсот рублей 00 копеек",
  en: "One hundred eighty-three thousand six hundred roubles 00 kopecks",
};

/** An invoice with VAT 20 %: three lines, total 183 600,00 ₽, with logo, signature and stamp. */
export function invoice(locale: Locale, lines?: readonly DocumentLine[]): InvoiceDocument {
  const items = lines ?? [
    line("Лицензия Quartet CRM, тариф «Отдел продаж», 12 месяцев", 10, "шт", 1_200_000, vat20),
    line("Внедрение: настройка воронки первой продажи и сценариев звонков", 16, "ч", 300_000, vat20),
    line("Обучение менеджеров", 1, "усл.", 1_560_000, vat20),
  ];
  return {
    type: "invoice",
    locale,
    number: "2026-000123",
    date: "2026-12-07",
    seller,
    buyer,
    lines: items,
    totals: sums(items, true, words[locale]),
    paymentTerms: locale === "ru" ? "отсрочка 30 календарных дней" : "deferral of 30 calendar days",
    director: { fullName: "Иванов И. И." },
    accountant: { fullName: "Петрова А. С." },
    images,
  };
}

/** `count` lines, enough to run past a page. */
export function manyLines(count: number): DocumentLine[] {
  return Array.from({ length: count }, (_, i) =>
    line(`Позиция прайс-листа № ${i + 1}, модуль «Фарминг»`, 1 + (i % 3), "шт", 99_000 + i * 100, vat20),
  );
}

/** A proposal without VAT (a simplified-tax seller), valid to the year's end, with a manager to call. */
export function proposal(locale: Locale): ProposalDocument {
  const items = [
    line("Лицензия Quartet CRM, тариф «VIP», 12 месяцев", 5, "шт", 2_400_000, noVat),
    line("Сопровождение VIP-клиентов: персональный менеджер", 12, "мес.", 500_000, noVat),
  ];
  return {
    type: "proposal",
    locale,
    number: "КП-45",
    date: "2026-12-07",
    seller,
    buyer,
    lines: items,
    totals: sums(
      items,
      false,
      locale === "ru"
        ? "Сто восемьдесят тысяч рублей 00 копеек"
        : "One hundred eighty thousand roubles 00 kopecks",
    ),
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
