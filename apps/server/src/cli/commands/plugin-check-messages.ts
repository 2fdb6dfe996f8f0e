import { defineMessages, registerMessages } from "@quartet/core";

/** What `quartet plugin check` tells the operator around the findings, in the operator's language. */
export const pluginCheckMessages = registerMessages(
  defineMessages("core.plugin-check", {
    usage: {
      en: "usage: quartet plugin check <id> (installed: {installed})",
      ru: "как вызвать: quartet plugin check <id> (установлены: {installed})",
    },
    notInstalled: {
      en: 'no installed plugin "{id}" in quartet.config.ts (installed: {installed})',
      ru: "в quartet.config.ts нет плагина «{id}» (установлены: {installed})",
    },
    noKit: {
      en: "{kit} is not installed at {root}: add it with `pnpm add -D -w @quartet/testing`",
      ru: "{kit} не установлен в {root}: добавьте его командой `pnpm add -D -w @quartet/testing`",
    },
    breaks: {
      en: { one: "{id} breaks {count} of {total} rules", other: "{id} breaks {count} of {total} rules" },
      ru: {
        one: "{id} нарушает {count} правило из {total}",
        few: "{id} нарушает {count} правила из {total}",
        many: "{id} нарушает {count} правил из {total}",
        other: "{id} нарушает {count} правила из {total}",
      },
    },
    unchecked: {
      en: {
        one: "{id}: {count} of {total} rules could not be checked",
        other: "{id}: {count} of {total} rules could not be checked",
      },
      ru: {
        one: "{id}: не удалось проверить {count} правило из {total}",
        few: "{id}: не удалось проверить {count} правила из {total}",
        many: "{id}: не удалось проверить {count} правил из {total}",
        other: "{id}: не удалось проверить {count} правила из {total}",
      },
    },
    keepsAll: {
      en: { one: "{id} keeps its {count} rule", other: "{id} keeps all {count} rules" },
      ru: {
        one: "{id} соблюдает {count} правило",
        few: "{id} соблюдает все {count} правила",
        many: "{id} соблюдает все {count} правил",
        other: "{id} соблюдает все {count} правила",
      },
    },
  }),
);
