import { defineMessages } from "../define.ts";
import { registerMessages } from "../registry.ts";

/** Refusals about organisations, members, roles, invitations, API keys, teams and the demo. */
export const peopleMessages = registerMessages(
  defineMessages("core.people", {
    notYourOrg: { en: "You are not a member of this organisation", ru: "Вы не состоите в этой организации." },
    apiKeyNotOwner: {
      en: "An API key cannot own the organisation",
      ru: "Ключ API не может владеть организацией",
    },
    notAllowed: { en: "Not allowed", ru: "Недопустимо" },
    noApiKey: { en: "No live API key with this id", ru: "Такого действующего ключа API нет" },
    ownershipNotGranted: {
      en: "Ownership cannot be granted to a role",
      ru: "Право владения нельзя дать роли",
    },
    ownerOnly: { en: "Owner only", ru: "Это право есть только у владельца" },
    builtInRoleName: { en: "A built-in role has this name", ru: "Так называется встроенная роль." },
    takenByBuiltIn: { en: "Taken by a built-in role", ru: "Так называется встроенная роль" },
    roleNameTaken: { en: "A role with this name exists", ru: "Роль с таким названием уже есть." },
    taken: { en: "Taken", ru: "Это название занято" },
    noCustomRole: { en: "No such custom role", ru: "Такой роли нет" },
    noMember: { en: "No such member in this organisation", ru: "Такого участника в организации нет" },
    notMember: { en: "Not a member", ru: "Не участник организации" },
    ownerRole: {
      en: "The owner's role changes only by transferring ownership",
      ru: "Роль владельца меняется только передачей владения.",
    },
    transferInstead: { en: "Transfer ownership instead", ru: "Воспользуйтесь передачей владения" },
    useTransfer: { en: "Use transfer of ownership", ru: "Воспользуйтесь передачей владения" },
    ownerRemove: {
      en: "The owner cannot be removed; transfer ownership first",
      ru: "Владельца нельзя удалить; сначала передайте владение.",
    },
    onlyOwnerTransfers: {
      en: "Only the owner can transfer ownership",
      ru: "Передать владение может только владелец.",
    },
    alreadyOwn: { en: "You already own it", ru: "Вы уже владелец" },
    chooseAnother: { en: "Choose another member", ru: "Выберите другого участника" },
    unknownRole: { en: "Unknown role", ru: "Неизвестная роль" },
    inviteAsAdmin: {
      en: "Invite as admin, then transfer ownership",
      ru: "Пригласите администратором, затем передайте владение",
    },
    alreadyMemberPerson: { en: "This person is already a member", ru: "Этот человек уже в организации." },
    alreadyMember: { en: "Already a member", ru: "Уже в организации" },
    noPendingInvitation: {
      en: "No pending invitation with this id",
      ru: "Такого ожидающего приглашения нет",
    },
    invitationMissing: {
      en: "This invitation does not exist or was revoked",
      ru: "Такого приглашения нет, или его отозвали.",
    },
    invitationUsed: { en: "This invitation has already been used", ru: "Это приглашение уже использовано." },
    invitationExpired: {
      en: "This invitation has expired; ask for a new one",
      ru: "Срок приглашения истёк; попросите прислать новое.",
    },
    notOrgMember: {
      en: "This person is not a member of the organisation",
      ru: "Этот человек не состоит в организации",
    },
    noTeam: { en: "No such team", ru: "Такой команды нет" },
    unknownTeam: { en: "Unknown team", ru: "Неизвестная команда" },
    otherFunctionTeam: { en: "The team works on another function", ru: "Команда работает на другую функцию" },
    otherFunction: { en: "Other function", ru: "Команда работает на другую функцию" },
    notCovering: {
      en: "This person does not cover this function",
      ru: "Этот человек не закрывает эту функцию.",
    },
    nameOrg: { en: "Name the organisation", ru: "Укажите название организации" },
    unknownCurrency: { en: "Unknown currency", ru: "Неизвестная валюта" },
    unknownTimeZone: { en: "Unknown time zone", ru: "Неизвестный часовой пояс" },
    nameRole: { en: "Name the role", ru: "Назовите роль" },
    chooseMember: { en: "Choose a member", ru: "Выберите участника" },
    linkIncomplete: { en: "The link is incomplete", ru: "Ссылка неполная" },
    chooseRole: { en: "Choose a role", ru: "Выберите роль" },
    validEmail: { en: "Enter a valid email", ru: "Введите корректный адрес почты" },
    nameKey: { en: "Name the key", ru: "Назовите ключ" },
    nameTeam: { en: "Name the team", ru: "Назовите команду" },
    cannotBeNegative: { en: "Cannot be negative", ru: "Не может быть отрицательным" },
    onlyPerson: {
      en: "Only a signed-in person can do this",
      ru: "Это может сделать только вошедший человек, а не ключ API",
    },
    noDemoRun: { en: "No such demo run", ru: "Такого запуска демо нет" },
    giveRunId: { en: "Give the run id", ru: "Укажите запуск демо" },
    demoStillCreating: {
      en: "Your demo organisation is still being created",
      ru: "Ваша демо-организация ещё создаётся",
    },
    nameTooLong: { en: "Name is too long", ru: "Название слишком длинное" },
    required: { en: "Required", ru: "Обязательное поле" },
    unknownPermissions: { en: "Unknown permissions: {permissions}", ru: "Неизвестные права: {permissions}" },
    unknownList: { en: "Unknown: {permissions}", ru: "Неизвестны: {permissions}" },
    roleInUse: {
      en: "The role is in use ({count}); reassign first",
      ru: {
        one: "Роль назначена {count} участнику, приглашению или ключу; сначала смените им роль.",
        few: "Роль назначена {count} участникам, приглашениям или ключам; сначала смените им роль.",
        many: "Роль назначена {count} участникам, приглашениям или ключам; сначала смените им роль.",
        other: "Роль назначена {count} участника, приглашения или ключа; сначала смените им роль.",
      },
    },
    roleMissing: {
      en: 'Role "{role}" does not exist in this organisation',
      ru: "Такой роли в организации нет ({role})",
    },
    unknownRoleNamed: { en: 'Unknown role "{role}"', ru: "Неизвестная роль ({role})" },
    invitationForOther: {
      en: "This invitation is for {email}; sign in with that address",
      ru: "Приглашение адресовано {email}; войдите с этим адресом.",
    },
    slugTaken: { en: 'Slug "{slug}" is taken', ru: "Адрес «{slug}» уже занят" },
    noOrganisation: { en: 'No organisation "{org}"', ru: "Организации «{org}» нет" },
  }),
);
