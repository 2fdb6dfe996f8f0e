const cyrillicWord = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/;

/**
 * A signatory's name as a Russian document prints it beside the signature line: the surname and
 * the initials («Иванов И. И.»), from a full name written surname first as the requisites form
 * asks. A name that is not two or three Cyrillic words (initials already, a Latin name) stays as
 * written.
 *
 * @example signatoryName("Иванов Иван Иванович") // "Иванов И. И."
 */
export function signatoryName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((word) => cyrillicWord.test(word)))
    return fullName;
  const [surname, ...names] = words;
  return [surname, ...names.map((name) => `${name[0]}.`)].join(" ");
}
