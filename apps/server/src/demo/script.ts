/** The cold-call script the demo's callers work: interest → monthly volume → an offer of a proposal. */
export const coldCallScript = {
  start: "hello",
  steps: [
    {
      id: "hello",
      kind: "say" as const,
      text: "Добрый день! Компания «Квартет Снаб», оптовые поставки стройматериалов и инструмента. Удобно говорить?",
      next: "need",
    },
    {
      id: "need",
      kind: "question" as const,
      text: "Вы закупаете стройматериалы или инструмент для своих объектов?",
      options: [
        { value: "yes", label: "Да", next: "volume" },
        { value: "no", label: "Нет", outcome: "not-interested" as const },
        { value: "later", label: "Перезвоните позже", outcome: "callback" as const },
      ],
    },
    {
      id: "volume",
      kind: "question" as const,
      text: "Какой примерный объём закупок в месяц?",
      options: [
        { value: "small", label: "До 200 тыс. ₽", next: "offer" },
        { value: "big", label: "Больше 200 тыс. ₽", next: "offer" },
      ],
    },
    {
      id: "offer",
      kind: "question" as const,
      text: "Пришлём коммерческое предложение с оптовыми ценами и отсрочкой платежа?",
      options: [
        { value: "yes", label: "Да, присылайте", outcome: "interested" as const },
        { value: "no", label: "Не нужно", outcome: "not-interested" as const },
      ],
    },
  ],
};

/** The answers a caller gives to walk the script to an outcome. */
export const scriptWalks = {
  interested: [
    ["hello", null],
    ["need", "yes"],
    ["volume", "big"],
    ["offer", "yes"],
  ],
  "not-interested": [
    ["hello", null],
    ["need", "no"],
  ],
  callback: [
    ["hello", null],
    ["need", "later"],
  ],
} as const;
