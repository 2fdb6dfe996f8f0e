import { describe, expect, it } from "vitest";
import type { SalesFunction } from "../functions.ts";
import type { Locale } from "../i18n.ts";
import { type AssignmentResult, type Candidate, chooseAssignee } from "./assignment.ts";
import { describeAssignment } from "./describe-assignment.ts";

const ivan: Candidate = {
  userId: "usr_ivan",
  name: "Ivan",
  capacityPerDay: 10,
  paused: false,
  assignedToday: 3,
};
const maria: Candidate = {
  userId: "usr_maria",
  name: "Мария",
  capacityPerDay: null,
  paused: false,
  assignedToday: 7,
};
const nameless: Candidate = { userId: "usr_42", capacityPerDay: 5, paused: false, assignedToday: 5 };

function assign(
  candidates: Candidate[],
  fn: SalesFunction = "first-sale",
  preferredUserId?: string,
): AssignmentResult {
  return chooseAssignee({ function: fn, strategy: "least-busy", candidates, preferredUserId });
}

const owner: Candidate = { ...maria, userId: "usr_owner", name: "Олег", nominal: true };
const specialist = () => assign([owner, ivan], "first-sale", "usr_owner");

describe("describeAssignment", () => {
  it.each<[string, AssignmentResult, Locale, string]>([
    [
      "a specialist over the owner, ru",
      specialist(),
      "ru",
      "Назначено на специалиста по первой продаже: Ivan (3 из 10 сегодня)",
    ],
    [
      "a specialist over the owner, en",
      specialist(),
      "en",
      "Assigned to the first sale specialist: Ivan (3 of 10 today)",
    ],
    ["least busy, en", assign([ivan]), "en", "Assigned to Ivan: least busy (3 of 10 today)"],
    ["least busy, ru", assign([ivan]), "ru", "Ответственный: Ivan — наименьшая загрузка (3 из 10 сегодня)"],
    ["unlimited, en", assign([maria]), "en", "Assigned to Мария: least busy (7 today, no limit)"],
    [
      "unlimited, ru",
      assign([maria]),
      "ru",
      "Ответственный: Мария — наименьшая загрузка (7 сегодня, без лимита)",
    ],
    [
      "round robin, en",
      chooseAssignee({ function: "farming", strategy: "round-robin", candidates: [ivan] }),
      "en",
      "Assigned to Ivan: next in turn (3 of 10 today)",
    ],
    [
      "round robin, ru",
      chooseAssignee({ function: "farming", strategy: "round-robin", candidates: [ivan] }),
      "ru",
      "Ответственный: Ivan — по очереди (3 из 10 сегодня)",
    ],
    [
      "existing owner over capacity, en, by user id without a name",
      assign([ivan, nameless], "vip", "usr_42"),
      "en",
      "Assigned to usr_42: already works with this client (5 of 5 today)",
    ],
    [
      "existing owner, ru",
      assign([ivan, nameless], "vip", "usr_42"),
      "ru",
      "Ответственный: usr_42 — уже ведёт этого клиента (5 из 5 сегодня)",
    ],
    ["nobody covers, en", assign([], "vip"), "en", "Nobody assigned: nobody covers VIP clients"],
    ["nobody covers, ru", assign([], "vip"), "ru", "Некого назначить: функцию «VIP-клиенты» никто не ведёт"],
    [
      "all paused, en",
      assign([{ ...ivan, paused: true }], "prospecting"),
      "en",
      "Nobody assigned: everyone on prospecting is paused",
    ],
    [
      "all paused, ru",
      assign([{ ...ivan, paused: true }], "prospecting"),
      "ru",
      "Некого назначить: все на функции «Лидогенерация» на паузе",
    ],
    [
      "all at capacity, en",
      assign([nameless], "farming"),
      "en",
      "Nobody assigned: everyone on client development has reached today's limit",
    ],
    [
      "all at capacity, ru",
      assign([nameless], "farming"),
      "ru",
      "Некого назначить: у всех на функции «Развитие клиентов» исчерпан лимит на сегодня",
    ],
    [
      "a blank name falls back to the user id",
      assign([{ ...ivan, name: "  " }]),
      "en",
      "Assigned to usr_ivan: least busy (3 of 10 today)",
    ],
  ])("%s", (_, result, locale, expected) => {
    expect(describeAssignment(result, locale)).toBe(expected);
  });
});
