import type { MessageKey } from "@quartet/ui/pure";
import type { en } from "../i18n/en.ts";

/** A key of prospecting's dictionary with its parameters. */
export type TextRef = { key: MessageKey<typeof en>; params?: Record<string, string> };

/** The server's English messages that have a translation, word for word (no trailing full stop). */
const exact: Readonly<Record<string, TextRef["key"]>> = {
  "Name the form": "errors.nameForm",
  "Write a label": "errors.label",
  "Use a-z, 0-9 and _, starting with a letter": "errors.key",
  "Add at least one field": "errors.oneField",
  "Two fields have the same key": "errors.sameKey",
  "Ask for an email or a phone to answer on": "errors.contactField",
  "Write an origin like https://romashka.ru, without a path": "errors.origin",
  "The honeypot needs a name of its own": "errors.reserved",
  "Name the list": "errors.nameList",
  "Choose at least one filter": "errors.oneFilter",
  "Name the campaign": "errors.nameCampaign",
  "Pick at least one day": "errors.oneDay",
  "The window must end after it starts": "errors.windowOrder",
  "Use HH:MM, e.g. 09:00 (24:00 ends at midnight)": "errors.clock",
  "Name the script": "errors.nameScript",
  "Write the text": "errors.text",
  "Say why": "errors.sayWhy",
  "This field is required": "errors.required",
  "Enter a number": "errors.number",
  "Use lower-case letters, digits, _ and -": "errors.stepId",
  "The script has no outcome": "errors.noOutcome",
};

/** Script checks that name a step: `validateScript`'s messages. */
const patterns: readonly [RegExp, TextRef["key"]][] = [
  [/^Step "(.+)" is defined twice$/, "errors.duplicateStep"],
  [/^Step "(.+)" repeats an option value$/, "errors.duplicateOption"],
  [/^Step "(.+)" leads to a missing step ".+"$/, "errors.danglingEdge"],
  [/^The start step "(.+)" does not exist$/, "errors.missingStart"],
  [/^Step "(.+)" cannot be reached from the start$/, "errors.unreachable"],
  [/^From step "(.+)" no outcome can be reached$/, "errors.noWayOut"],
  [/^"(.+)" is reserved$/, "errors.reserved"],
];

/**
 * The dictionary entry for a message the server wrote in English, or null when there is none
 * (the message is then shown as written).
 *
 * @example textOfServer('Step "ask" cannot be reached from the start') // { key: "errors.unreachable", params: { step: "ask" } }
 */
export function textOfServer(message: string): TextRef | null {
  const bare = message.replace(/\.$/, "");
  const key = exact[bare];
  if (key) return { key };
  for (const [pattern, patternKey] of patterns) {
    const match = pattern.exec(bare);
    if (match) return { key: patternKey, params: { step: match[1] ?? "" } };
  }
  return null;
}
