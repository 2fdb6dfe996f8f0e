import { slugify } from "../host/organisations.ts";
import type { Random } from "./random.ts";

const men = [
  "Александр",
  "Дмитрий",
  "Сергей",
  "Андрей",
  "Алексей",
  "Михаил",
  "Иван",
  "Николай",
  "Павел",
  "Игорь",
  "Евгений",
  "Владимир",
  "Олег",
  "Роман",
  "Артём",
  "Максим",
];
const women = [
  "Елена",
  "Ольга",
  "Наталья",
  "Анна",
  "Татьяна",
  "Ирина",
  "Мария",
  "Светлана",
  "Екатерина",
  "Юлия",
  "Марина",
  "Ксения",
  "Дарья",
  "Виктория",
];
const surnames = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
  "Орлов",
  "Андреев",
  "Макаров",
  "Никитин",
  "Захаров",
  "Зайцев",
  "Соловьёв",
  "Борисов",
  "Яковлев",
  "Григорьев",
];
const patronymics = [
  "Александров",
  "Дмитриев",
  "Сергеев",
  "Андреев",
  "Алексеев",
  "Михайлов",
  "Иванов",
  "Николаев",
  "Павлов",
  "Игорев",
  "Владимиров",
  "Олегов",
];

/** Russian letters in Latin ones, for emails and Telegram handles (the slug rules, without dashes). @example latin("Соколов") // "sokolov" */
export function latin(text: string): string {
  return slugify(text).replaceAll("-", "");
}

/** A made-up Russian person: first name, patronymic, surname, and Latin forms for addresses. */
export type DemoPerson = {
  first: string;
  patronymic: string;
  last: string;
  full: string;
  short: string;
  handle: string;
};

/**
 * A person with a name, patronymic and surname of matching gender.
 *
 * @example demoPerson(r).full // "Соколова Анна Игоревна"
 */
export function demoPerson(random: Random): DemoPerson {
  const female = random.chance(0.45);
  const first = random.pick(female ? women : men);
  const base = random.pick(surnames);
  const last = female ? `${base}а` : base;
  const father = random.pick(patronymics);
  const patronymic = female ? `${father}на` : `${father}ич`;
  return {
    first,
    patronymic,
    last,
    full: `${last} ${first} ${patronymic}`,
    short: `${first} ${last}`,
    handle: `${latin(first)}_${latin(last)}${random.int(1, 99)}`,
  };
}
