/** A product of the demo catalog: SKU, name, unit and price in kopecks. */
export type DemoProduct = { sku: string; name: string; unit: string; priceMinor: number };

/** The demo company's catalog: a wholesaler of building and finishing materials, prices in roubles. */
export const demoCatalog: readonly { category: string; products: readonly DemoProduct[] }[] = [
  {
    category: "Сухие смеси",
    products: [
      { sku: "SM-001", name: "Штукатурка гипсовая, 30 кг", unit: "мешок", priceMinor: 48_000 },
      { sku: "SM-002", name: "Шпаклёвка финишная, 20 кг", unit: "мешок", priceMinor: 62_000 },
      { sku: "SM-003", name: "Клей плиточный, 25 кг", unit: "мешок", priceMinor: 39_000 },
      { sku: "SM-004", name: "Наливной пол, 20 кг", unit: "мешок", priceMinor: 71_000 },
    ],
  },
  {
    category: "Лакокрасочные материалы",
    products: [
      { sku: "LK-001", name: "Краска интерьерная белая, 10 л", unit: "ведро", priceMinor: 289_000 },
      {
        sku: "LK-002",
        name: "Грунтовка глубокого проникновения, 10 л",
        unit: "канистра",
        priceMinor: 112_000,
      },
      { sku: "LK-003", name: "Эмаль ПФ-115, 2,7 кг", unit: "банка", priceMinor: 64_000 },
    ],
  },
  {
    category: "Крепёж",
    products: [
      { sku: "KR-001", name: "Саморезы по дереву 3,5×35, 1000 шт.", unit: "уп.", priceMinor: 54_000 },
      { sku: "KR-002", name: "Дюбель-гвоздь 6×40, 100 шт.", unit: "уп.", priceMinor: 31_000 },
      { sku: "KR-003", name: "Анкерный болт 10×100", unit: "шт.", priceMinor: 4_500 },
    ],
  },
  {
    category: "Инструмент",
    products: [
      { sku: "IN-001", name: "Перфоратор SDS-plus, 800 Вт", unit: "шт.", priceMinor: 1_249_000 },
      { sku: "IN-002", name: "Шуруповёрт аккумуляторный 18 В", unit: "шт.", priceMinor: 899_000 },
      { sku: "IN-003", name: "Уровень строительный 120 см", unit: "шт.", priceMinor: 149_000 },
    ],
  },
  {
    category: "Электрика",
    products: [
      { sku: "EL-001", name: "Кабель ВВГнг 3×2,5, 100 м", unit: "бухта", priceMinor: 1_090_000 },
      { sku: "EL-002", name: "Автоматический выключатель 16 А", unit: "шт.", priceMinor: 32_000 },
      { sku: "EL-003", name: "Розетка с заземлением", unit: "шт.", priceMinor: 24_000 },
    ],
  },
  {
    category: "Сантехника",
    products: [
      { sku: "ST-001", name: "Труба полипропиленовая 20 мм, 4 м", unit: "шт.", priceMinor: 21_000 },
      { sku: "ST-002", name: "Смеситель для кухни", unit: "шт.", priceMinor: 459_000 },
      { sku: "ST-003", name: "Радиатор биметаллический, 8 секций", unit: "шт.", priceMinor: 1_190_000 },
    ],
  },
  {
    category: "Спецодежда и СИЗ",
    products: [
      { sku: "SZ-001", name: "Перчатки х/б с ПВХ, 10 пар", unit: "уп.", priceMinor: 29_000 },
      { sku: "SZ-002", name: "Каска защитная", unit: "шт.", priceMinor: 39_000 },
      { sku: "SZ-003", name: "Костюм рабочий летний", unit: "шт.", priceMinor: 219_000 },
    ],
  },
];
