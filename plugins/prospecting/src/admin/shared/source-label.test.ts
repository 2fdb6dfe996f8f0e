import { describe, expect, it } from "vitest";
import { sourceLabel } from "./source-label.ts";

const forms = new Map([["form:zayavka-s-sayta", "Заявка с сайта"]]);

describe("sourceLabel", () => {
  it.each([
    ["form:zayavka-s-sayta", { kind: "form", name: "Заявка с сайта" }],
    ["form:udalennaya", { kind: "form", name: null }],
    ["campaign:Зимний обзвон", { kind: "campaign", name: "Зимний обзвон" }],
    ["campaign:", { kind: "campaign", name: null }],
    ["telegram", { kind: "telegram", name: null }],
    ["telegram:vesna", { kind: "telegram", name: "vesna" }],
    ["manual", { kind: "manual", name: null }],
    ["phone:+74951234567", { kind: "phone", name: "+7\u00a0(495)\u00a0123\u201145\u201167" }],
    ["phone:", { kind: "phone", name: null }],
    ["email:sales@romashka.ru", { kind: "email", name: "sales@romashka.ru" }],
    ["Выставка «Стройэкспо»", { kind: "other", name: "Выставка «Стройэкспо»" }],
  ] as const)("%s reads as %o", (source, label) => {
    expect(sourceLabel(source, forms)).toEqual(label);
  });
});
