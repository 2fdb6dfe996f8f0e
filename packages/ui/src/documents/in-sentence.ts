/**
 * A type's name as it reads inside a sentence: the first letter lowered unless the first word is
 * an abbreviation, so «Сформировать» + «Счёт на оплату» reads «Сформировать счёт на оплату»
 * while «КП» stays «КП».
 *
 * @example inSentence("Счёт на оплату") // "счёт на оплату"
 */
export function inSentence(name: string): string {
  const [first = "", second = ""] = name;
  if (second !== second.toLocaleLowerCase() || first === first.toLocaleLowerCase()) return name;
  return first.toLocaleLowerCase() + name.slice(1);
}
