/** A city where demo clients are: its region, the region's tax office code and phone area code. */
export type DemoCity = { city: string; region: string; regionCode: string; area: string };

/** Cities within two hours of Moscow time, so calling windows stay simple to read. */
export const demoCities: readonly DemoCity[] = [
  { city: "Москва", region: "Москва", regionCode: "77", area: "495" },
  { city: "Москва", region: "Москва", regionCode: "77", area: "499" },
  { city: "Санкт-Петербург", region: "Санкт-Петербург", regionCode: "78", area: "812" },
  { city: "Подольск", region: "Московская область", regionCode: "50", area: "496" },
  { city: "Нижний Новгород", region: "Нижегородская область", regionCode: "52", area: "831" },
  { city: "Казань", region: "Республика Татарстан", regionCode: "16", area: "843" },
  { city: "Екатеринбург", region: "Свердловская область", regionCode: "66", area: "343" },
  { city: "Ростов-на-Дону", region: "Ростовская область", regionCode: "61", area: "863" },
  { city: "Краснодар", region: "Краснодарский край", regionCode: "23", area: "861" },
  { city: "Воронеж", region: "Воронежская область", regionCode: "36", area: "473" },
  { city: "Ярославль", region: "Ярославская область", regionCode: "76", area: "485" },
  { city: "Тула", region: "Тульская область", regionCode: "71", area: "487" },
  { city: "Самара", region: "Самарская область", regionCode: "63", area: "846" },
];
