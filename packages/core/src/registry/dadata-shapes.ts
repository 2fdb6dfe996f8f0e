/** The part of a DaData `findById/party` suggestion Quartet reads. */
export type DadataParty = {
  value?: string;
  data?: {
    type?: "LEGAL" | "INDIVIDUAL" | string;
    inn?: string | null;
    kpp?: string | null;
    ogrn?: string | null;
    name?: { full_with_opf?: string | null; short_with_opf?: string | null; full?: string | null } | null;
    management?: { name?: string | null; post?: string | null } | null;
    fio?: { surname?: string | null; name?: string | null; patronymic?: string | null } | null;
    state?: { status?: string | null } | null;
    address?: { value?: string | null; unrestricted_value?: string | null } | null;
  };
};

/** The part of a DaData `findById/bank` suggestion Quartet reads. */
export type DadataBank = {
  value?: string;
  data?: {
    bic?: string | null;
    correspondent_account?: string | null;
    name?: { payment?: string | null; short?: string | null; full?: string | null } | null;
    address?: { value?: string | null; unrestricted_value?: string | null } | null;
  };
};

/** DaData's answer to a `findById` request: a list of suggestions. */
export type DadataAnswer<T> = { suggestions?: T[] };
