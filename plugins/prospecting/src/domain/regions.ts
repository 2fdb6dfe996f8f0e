/**
 * Russian regions (and their main cities) by time zone. Keys are lower-case words as people
 * write them; `zoneOfRegion` strips "область", "край", "республика" and the like first.
 */
const zones: Record<string, readonly string[]> = {
  "Europe/Kaliningrad": ["калининградская", "калининград"],
  "Europe/Samara": ["самарская", "самара", "тольятти", "удмуртия", "удмуртская", "ижевск"],
  "Europe/Ulyanovsk": ["ульяновская", "ульяновск"],
  "Europe/Saratov": ["саратовская", "саратов"],
  "Europe/Astrakhan": ["астраханская", "астрахань"],
  "Europe/Volgograd": ["волгоградская", "волгоград"],
  "Asia/Yekaterinburg": [
    "свердловская",
    "екатеринбург",
    "челябинская",
    "челябинск",
    "тюменская",
    "тюмень",
    "курганская",
    "курган",
    "пермский",
    "пермь",
    "оренбургская",
    "оренбург",
    "башкортостан",
    "башкирия",
    "уфа",
    "ханты-мансийский",
    "хмао",
    "югра",
    "сургут",
    "ямало-ненецкий",
    "янао",
  ],
  "Asia/Omsk": ["омская", "омск"],
  "Asia/Novosibirsk": ["новосибирская", "новосибирск"],
  "Asia/Barnaul": ["алтайский", "алтай", "барнаул"],
  "Asia/Tomsk": ["томская", "томск"],
  "Asia/Novokuznetsk": ["кемеровская", "кузбасс", "кемерово", "новокузнецк"],
  "Asia/Krasnoyarsk": ["красноярский", "красноярск", "хакасия", "абакан", "тыва", "тува"],
  "Asia/Irkutsk": ["иркутская", "иркутск", "бурятия", "улан-удэ"],
  "Asia/Chita": ["забайкальский", "чита"],
  "Asia/Yakutsk": ["саха", "якутия", "якутск", "амурская", "благовещенск"],
  "Asia/Vladivostok": ["приморский", "владивосток", "хабаровский", "хабаровск", "еврейская"],
  "Asia/Magadan": ["магаданская", "магадан"],
  "Asia/Sakhalin": ["сахалинская", "сахалин", "южно-сахалинск"],
  "Asia/Kamchatka": ["камчатский", "камчатка", "петропавловск-камчатский"],
  "Asia/Anadyr": ["чукотский", "чукотка", "анадырь"],
  "Europe/Moscow": [
    "москва",
    "московская",
    "санкт-петербург",
    "петербург",
    "спб",
    "ленинградская",
    "краснодарский",
    "краснодар",
    "ростовская",
    "ростов-на-дону",
    "нижегородская",
    "нижний новгород",
    "татарстан",
    "казань",
    "воронежская",
    "воронеж",
    "крым",
    "севастополь",
    "кировская",
    "пензенская",
    "тверская",
  ],
};

const byName = new Map<string, string>();
for (const [zone, names] of Object.entries(zones)) for (const name of names) byName.set(name, zone);

const noise =
  /(?<=^|\s)(обл\.?|область|край|кр\.|республика|респ\.?|автономный округ|автономная область|ао|г\.?|город)(?=\s|$)/gu;

/**
 * The IANA time zone of a Russian region or city as people write it ("Свердловская обл.",
 * "г. Новосибирск", "Республика Башкортостан"), or null when it is not in the map.
 *
 * @example zoneOfRegion("Новосибирская область") // "Asia/Novosibirsk"
 */
export function zoneOfRegion(region: string | null | undefined): string | null {
  if (!region) return null;
  const key = region
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[(),.;:—–]/g, (ch) => (ch === "." ? ". " : " "))
    .replace(noise, " ")
    .replace(/\./g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return byName.get(key) ?? byName.get(key.split(" ")[0] ?? "") ?? null;
}

/** The client's zone: its region's, else its city's, else the organisation's. */
export function zoneOfClient(
  client: { region: string | null; city: string | null },
  orgZone: string,
): string {
  return zoneOfRegion(client.region) ?? zoneOfRegion(client.city) ?? orgZone;
}
