import type { CatalogData, MessageText } from "./define.ts";
import { placeholdersOf } from "./placeholders.ts";

const namespacePattern = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/;
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((name) => b.has(name));
const listed = (names: Set<string>) => (names.size ? `{${[...names].join(", ")}}` : "none");

// Problems of one language's text: empty, or a plural without the forms its language needs.
function textProblems(text: MessageText | undefined, needs: readonly string[]): string | null {
  if (text === undefined || text === "") return "is missing";
  if (typeof text === "string") return null;
  const missing = needs.filter((form) => !(text as Record<string, string | undefined>)[form]);
  return missing.length ? `lacks the plural forms ${missing.join(", ")}` : null;
}

/**
 * Every problem of a catalog, empty when it is sound: the namespace (the plugin's id when given),
 * both languages in every entry, Russian plurals with one/few/many, and the same parameters in
 * English and Russian.
 *
 * @example catalogProblems(data, "vip") // ['vip.tierName: ru is missing']
 */
export function catalogProblems(data: CatalogData, expectedNamespace?: string): string[] {
  const problems: string[] = [];
  if (!namespacePattern.test(data.namespace)) problems.push(`namespace "${data.namespace}" is not valid`);
  if (expectedNamespace !== undefined && data.namespace !== expectedNamespace) {
    problems.push(`namespace "${data.namespace}" must be "${expectedNamespace}"`);
  }
  for (const [name, entry] of Object.entries(data.entries)) {
    const key = `${data.namespace}.${name}`;
    const en = textProblems(entry.en, ["one", "other"]);
    const ru = textProblems(entry.ru, ["one", "few", "many", "other"]);
    if (en) problems.push(`${key}: en ${en}`);
    if (ru) problems.push(`${key}: ru ${ru}`);
    if (en || ru) continue;
    const enNames = placeholdersOf(entry.en);
    const ruNames = placeholdersOf(entry.ru);
    if (!sameSet(enNames, ruNames)) {
      problems.push(`${key}: en has ${listed(enNames)} but ru has ${listed(ruNames)}`);
    }
  }
  return problems;
}
