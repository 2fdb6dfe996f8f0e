import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";

// biome-ignore format: word lists
const forms = ["ООО", "ООО", "ООО", "АО", "ПАО", "ИП", "ЗАО", "ООО ТД", "ООО ПКФ", "ООО НПО"];
// biome-ignore format: word lists
const first = ["Северный", "Восточный", "Уральский", "Сибирский", "Волжский", "Южный", "Балтийский", "Первый", "Новый", "Центральный", "Русский", "Городской", "Промышленный", "Торговый", "Технический"];
// biome-ignore format: word lists
const second = ["Альянс", "Вектор", "Ресурс", "Стандарт", "Комплект", "Снаб", "Строй", "Инжиниринг", "Логистик", "Трейд", "Сервис", "Капитал", "Монтаж", "Профиль", "Металл", "Агро", "Электро", "Пласт"];
// biome-ignore format: word lists
const latin = ["alyans", "vektor", "resurs", "standart", "komplekt", "snab", "stroy", "engineering", "logistic", "trade", "service", "capital", "montazh", "profil", "metall", "agro", "elektro", "plast"];
// biome-ignore format: word lists
const regions = [["77", "Москва", "Москва"], ["78", "Санкт-Петербург", "Санкт-Петербург"], ["50", "Московская область", "Химки"], ["66", "Свердловская область", "Екатеринбург"], ["54", "Новосибирская область", "Новосибирск"], ["16", "Республика Татарстан", "Казань"], ["52", "Нижегородская область", "Нижний Новгород"], ["23", "Краснодарский край", "Краснодар"], ["63", "Самарская область", "Самара"], ["74", "Челябинская область", "Челябинск"]];
// biome-ignore format: word lists
const industries = ["Оптовая торговля", "Строительство", "Производство", "Логистика", "IT", "Розничная торговля", "Сельское хозяйство", "Металлообработка", "Медицина", "Образование"];
// biome-ignore format: word lists
const tags = ["опт", "розница", "тендер", "VIP", "партнёр", "дилер", "холодный", "выставка", "рекомендация", "сайт"];
const operators = ["916", "903", "925", "985", "495", "812", "343", "383", "843", "861"];

/** The header of the generated file (amoCRM/Bitrix24 names, so the mapping is suggested). */
export const companyHeader = [
  "Название компании",
  "ИНН",
  "Телефон",
  "E-mail",
  "Сайт",
  "Регион",
  "Город",
  "Сфера деятельности",
  "Теги",
];

/** A valid 10-digit INN of region `region` (check digit per the FNS weights), unique for `n` < 10⁷. */
export function innOf(region: string, n: number): string {
  const body = `${region}${String(n).padStart(7, "0")}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return `${body}${(sum % 11) % 10}`;
}

/** Row `i` of the file: a company with a legal form, a valid INN, a +7 phone, an email, a site, region, industry, tags. */
export function companyRow(i: number): string[] {
  const a = i % first.length;
  const b = (i * 7) % second.length;
  const [code = "77", region = "Москва", city = "Москва"] = regions[i % regions.length] ?? [];
  const digits = String(i).padStart(7, "0");
  const op = operators[i % operators.length];
  const phone =
    i % 3 === 0
      ? `+7 (${op}) ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`
      : i % 3 === 1
        ? `8 ${op} ${digits}`
        : `+7${op}${digits}`;
  const domain = `${latin[b]}-${i}.ru`;
  return [
    `${forms[i % forms.length]} «${first[a]} ${second[b]}»`,
    innOf(code, i),
    phone,
    i % 5 === 0 ? `${latin[b]}${i}@mail.ru` : `info@${domain}`,
    i % 4 === 0 ? "" : `https://www.${domain}`,
    region,
    city,
    industries[(i * 3) % industries.length] ?? "",
    `${tags[i % tags.length]}, ${tags[(i * 3 + 1) % tags.length]}`,
  ];
}

const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Writes `rows` companies as a `;`-separated UTF-8 CSV, streamed (memory stays flat at any size). */
export async function writeCompaniesCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let chunk = `${companyHeader.join(";")}\r\n`;
  for (let i = 0; i < rows; i++) {
    chunk += `${companyRow(i).map(quote).join(";")}\r\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path = "companies.csv", rows = "1000000"] = process.argv.slice(2);
  await writeCompaniesCsv(path, Number(rows));
  process.stdout.write(`wrote ${rows} companies to ${path}\n`);
}
