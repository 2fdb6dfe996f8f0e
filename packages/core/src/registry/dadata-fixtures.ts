import type { DadataAnswer, DadataBank, DadataParty } from "./dadata-shapes.ts";

/** A company as DaData's `findById/party` answers it (recorded shape, trimmed to the fields read). */
export const sberParty: DadataParty = {
  value: "ПАО СБЕРБАНК",
  data: {
    type: "LEGAL",
    inn: "7707083893",
    kpp: "773601001",
    ogrn: "1027700132195",
    name: {
      full_with_opf: 'ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО "СБЕРБАНК РОССИИ"',
      short_with_opf: "ПАО СБЕРБАНК",
      full: "СБЕРБАНК РОССИИ",
    },
    management: { name: "Греф Герман Оскарович", post: "ПРЕЗИДЕНТ, ПРЕДСЕДАТЕЛЬ ПРАВЛЕНИЯ" },
    state: { status: "ACTIVE" },
    address: {
      value: "г Москва, ул Вавилова, д 19",
      unrestricted_value: "117312, г Москва, Академический р-н, ул Вавилова, д 19",
    },
  },
};

/** An individual entrepreneur (ИП) as DaData answers it: no KPP, no management, a `fio`. */
export const soleTrader: DadataParty = {
  value: "ИП Иванов Иван Иванович",
  data: {
    type: "INDIVIDUAL",
    inn: "500100732259",
    kpp: null,
    ogrn: "304500116000157",
    name: {
      full_with_opf: "Индивидуальный предприниматель Иванов Иван Иванович",
      short_with_opf: "ИП Иванов И.И.",
    },
    management: null,
    fio: { surname: "Иванов", name: "Иван", patronymic: "Иванович" },
    state: { status: "LIQUIDATED" },
    address: { value: "г Москва", unrestricted_value: null },
  },
};

/** DaData's answer with one company. */
export const partyAnswer: DadataAnswer<DadataParty> = { suggestions: [sberParty] };

/** A bank as DaData's `findById/bank` answers it. */
export const sberBank: DadataBank = {
  value: "ПАО Сбербанк",
  data: {
    bic: "044525225",
    correspondent_account: "30101810400000000225",
    name: { payment: "ПАО СБЕРБАНК", short: "ПАО Сбербанк", full: null },
    address: {
      value: "г Москва, ул Вавилова, д 19",
      unrestricted_value: "117997, г Москва, ул Вавилова, д 19",
    },
  },
};

/** DaData's answer with one bank. */
export const bankAnswer: DadataAnswer<DadataBank> = { suggestions: [sberBank] };
