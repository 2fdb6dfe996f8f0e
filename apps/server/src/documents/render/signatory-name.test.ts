import { describe, expect, it } from "vitest";
import { signatoryName } from "./signatory-name.ts";

describe("signatoryName", () => {
  it.each([
    ["Иванов Иван Иванович", "Иванов И. И."],
    ["  Петрова   Анна  Сергеевна ", "Петрова А. С."],
    ["Римский-Корсаков Николай Андреевич", "Римский-Корсаков Н. А."],
    ["Сидоров Пётр", "Сидоров П."],
    ["Ёлкин Эдуард Юрьевич", "Ёлкин Э. Ю."],
    ["Иванов И. И.", "Иванов И. И."],
    ["Иванов", "Иванов"],
    ["John Smith", "John Smith"],
    ["Оглы Мамед Али Гусейн", "Оглы Мамед Али Гусейн"],
    ["", ""],
  ])("%j → %j", (fullName, printed) => {
    expect(signatoryName(fullName)).toBe(printed);
  });
});
