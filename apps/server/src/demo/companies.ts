import type { ClientInputRaw, ContactInputRaw } from "@quartet/core";
import { type DemoCity, demoCities } from "./geography.ts";
import { demoInn, demoKpp } from "./inn.ts";
import { type DemoPerson, demoPerson, latin } from "./names.ts";
import type { Random } from "./random.ts";

const stems = [
  "Строй",
  "Ремонт",
  "Дом",
  "Профи",
  "Мастер",
  "Техно",
  "Гранит",
  "Уют",
  "Евро",
  "Альфа",
  "Север",
  "Волга",
  "Урал",
  "Нева",
  "Кедр",
  "Форт",
  "Вектор",
  "Стандарт",
  "Квадрат",
  "Базис",
];
const tails = [
  "Маркет",
  "Сервис",
  "Комплект",
  "Снаб",
  "Торг",
  "Групп",
  "Проект",
  "Монтаж",
  "Лайн",
  "Дизайн",
  "Инжиниринг",
  "Плюс",
];
const industries = [
  "Строительство",
  "Ремонт и отделка",
  "Розничная торговля",
  "Производство мебели",
  "Управление недвижимостью",
];
const positions = [
  { position: "Генеральный директор", role: "decision-maker" },
  { position: "Менеджер по закупкам", role: "influencer" },
  { position: "Главный бухгалтер", role: "accounting" },
  { position: "Прораб", role: "user" },
] as const;

/** A generated company: core's client fields, its contacts, and the main contact's Telegram handle. */
export type DemoCompany = {
  client: ClientInputRaw & { contacts: ContactInputRaw[] };
  telegram: string;
  city: DemoCity;
  person: DemoPerson;
};

function mobile(random: Random): string {
  return `+79${String(random.int(0, 999_999_999)).padStart(9, "0")}`;
}

function landline(random: Random, city: DemoCity): string {
  return `+7${city.area}${String(random.int(1_000_000, 9_999_999))}`.slice(0, 12);
}

/**
 * Generates `count` companies with unique names and domains, valid INNs (organisations and a few
 * individual entrepreneurs), +7 phones, emails and two or three contacts each.
 *
 * @example demoCompanies(seededRandom(1), 3)[0].client.name // «ООО "СтройМаркет"»
 */
export function demoCompanies(random: Random, count: number): DemoCompany[] {
  const used = new Set<string>();
  const result: DemoCompany[] = [];
  while (result.length < count) {
    const stem = `${random.pick(stems)}${random.pick(tails)}`;
    if (used.has(stem)) {
      if (used.size >= stems.length * tails.length) throw new Error("too many demo companies");
      continue;
    }
    used.add(stem);
    const city = random.pick(demoCities);
    const owner = demoPerson(random);
    const individual = random.chance(0.12);
    const name = individual ? `ИП ${owner.last} ${owner.first[0]}. ${owner.patronymic[0]}.` : `ООО "${stem}"`;
    const domain = `${latin(stem)}.ru`;
    const contacts = positions.slice(0, individual ? 1 : random.int(2, 3)).map((p, i) => {
      const person = i === 0 ? owner : demoPerson(random);
      return {
        name: person.full,
        position: individual && i === 0 ? "Индивидуальный предприниматель" : p.position,
        role: p.role,
        phones: [mobile(random)],
        emails: [`${latin(person.first)}.${latin(person.last)}@${domain}`],
        isPrimary: i === 0,
      };
    });
    const inn = demoInn(random, city.regionCode, individual ? "individual" : "legal");
    result.push({
      client: {
        kind: "company",
        name,
        legalName: individual
          ? `Индивидуальный предприниматель ${owner.full}`
          : `Общество с ограниченной ответственностью "${stem}"`,
        inn,
        kpp: individual ? null : demoKpp(city.regionCode, random),
        phones: [landline(random, city)],
        emails: [`info@${domain}`],
        website: `https://${domain}`,
        address: `г. ${city.city}, ул. ${random.pick(["Ленина", "Садовая", "Заводская", "Мира", "Промышленная", "Лесная"])}, д. ${random.int(1, 120)}`,
        region: city.region,
        city: city.city,
        industry: random.pick(industries),
        contacts,
      },
      telegram: `@${owner.handle}`,
      city,
      person: owner,
    });
  }
  return result;
}
