import type { Translation } from "@quartet/ui";
import type * as en from "../en/staffing.ts";

/** Кто закрывает каждую функцию: назначения, нагрузка, паузы и команды. */
export const staffing: Translation<typeof en.staffing> = {
  coverage: "Покрытие",
  coverageText:
    "У каждой функции должен быть человек. Ножка, которую никто не держит, нарисована пунктиром: табурет шатается.",
  stage: "Стадия роста",
  stageText: "По ней Quartet понимает, как устроен ваш отдел, и даёт советы.",
  stageSaved: "Стадия роста изменена",
  people: { one: "{count} человек", few: "{count} человека", many: "{count} человек" },
  nobody: "Эту функцию пока никто не закрывает.",
  assign: "Назначить",
  assignLabel: "Кого назначить: {function}",
  assignPlaceholder: "Выберите участника",
  assigned: "{name} теперь закрывает функцию «{function}»",
  unassign: "Снять {name} с функции «{function}»",
  unassigned: "{name} больше не закрывает функцию «{function}»",
  capacity: "В день",
  capacityOf: "Нагрузка в день: {name}",
  capacityHint: "Пусто — без ограничения",
  pause: "Пауза: {name}",
  paused: "На паузе",
  team: "Команда: {name}",
  noTeam: "Без команды",
  teams: "Команды",
  teamsEmpty: "У этой функции нет команд.",
  createTeam: "Новая команда",
  teamName: "Название команды",
  teamNamePlaceholder: "Операторы, Москва",
  lead: "Руководитель",
  noLead: "Без руководителя",
  editTeam: "Изменить {name}",
  deleteTeam: "Удалить {name}",
  teamTitleNew: "Новая команда: {function}",
  teamTitleEdit: "Команда «{name}»",
  deleteTeamTitle: "Удалить команду «{name}»?",
  deleteTeamText: "Её участники останутся на функции без команды.",
  teamSaved: "Команда «{name}» сохранена",
  teamDeleted: "Команда «{name}» удалена",
  size: { one: "{count} участник", few: "{count} участника", many: "{count} участников" },
  advice: {
    "several-people-in-solo":
      "Функции закрывают несколько человек, а стадия — «основатель один». Пора перейти на «специалист на функцию»?",
    "person-covers-several-functions":
      "{name} закрывает несколько функций на стадии «специалист на функцию».",
    "function-without-team": "У функции «{function}» нет команды на стадии «отдел на функцию».",
  },
};
