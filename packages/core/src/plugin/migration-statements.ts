import { ownsTable } from "./boundaries.ts";
import { type SqlToken, sqlTokens } from "./sql-tokens.ts";

/** What a migration statement does to a table (or index, view, trigger) it names. */
export type TableTouch = { action: "create" | "alter" | "drop" | "write"; table: string };

/** Why a plugin may not run a migration statement. */
export type StatementProblem = ({ kind: "outside" } & TableTouch) | { kind: "statement"; statement: string };

const upper = (token: SqlToken | undefined) => (token?.kind === "word" ? token.text.toUpperCase() : "");
const allowedPragmas = new Set(["FOREIGN_KEYS", "DEFER_FOREIGN_KEYS"]);
const objectKinds = new Set(["TABLE", "INDEX", "VIEW", "TRIGGER"]);
// Words before UPDATE that make it a trigger event, a foreign-key action or an upsert, not a write.
const notWriteBeforeUpdate = new Set(["ON", "AFTER", "BEFORE", "OF", "DO"]);

/**
 * Splits a migration chunk into statements at `;`, keeping a trigger's `BEGIN … END` body (and
 * `CASE … END` inside it) whole.
 */
export function splitStatements(tokens: readonly SqlToken[]): SqlToken[][] {
  const statements: SqlToken[][] = [];
  let current: SqlToken[] = [];
  let depth = 0;
  for (const token of tokens) {
    const word = upper(token);
    if (word === "BEGIN" && upper(current[0]) === "CREATE") depth++;
    else if (word === "CASE") depth++;
    else if (word === "END" && depth > 0) depth--;
    if (token.kind === "punct" && token.text === ";" && depth === 0) {
      if (current.length) statements.push(current);
      current = [];
    } else current.push(token);
  }
  if (current.length) statements.push(current);
  return statements;
}

/** Reads a possibly schema-qualified name at `i`: `x`, `"x"`, `main.x`. */
function nameAt(
  tokens: readonly SqlToken[],
  i: number,
): { schema: string | null; name: string; next: number } {
  const first = tokens[i];
  if (tokens[i + 1]?.text === "." && tokens[i + 1]?.kind === "punct") {
    return { schema: first?.text ?? "", name: tokens[i + 2]?.text ?? "", next: i + 3 };
  }
  return { schema: null, name: first?.kind === "punct" ? "" : (first?.text ?? ""), next: i + 1 };
}

const skipWords = (tokens: readonly SqlToken[], i: number, ...words: string[]) => {
  let at = i;
  while (words.includes(upper(tokens[at]))) at++;
  return at;
};

/** The tables a statement writes rows of (INSERT, REPLACE, UPDATE, DELETE), trigger bodies included. */
function writes(tokens: readonly SqlToken[]): { schema: string | null; name: string }[] {
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = upper(tokens[i]);
    let at = -1;
    if (word === "INSERT") {
      at = upper(tokens[i + 1]) === "OR" ? i + 3 : i + 1;
      at = upper(tokens[at]) === "INTO" ? at + 1 : -1;
    } else if (word === "REPLACE" && upper(tokens[i + 1]) === "INTO") at = i + 2;
    else if (word === "DELETE" && upper(tokens[i + 1]) === "FROM") at = i + 2;
    else if (
      word === "UPDATE" &&
      !notWriteBeforeUpdate.has(upper(tokens[i - 1])) &&
      upper(tokens[i + 1]) !== "SET"
    )
      at = upper(tokens[i + 1]) === "OR" ? i + 3 : i + 1;
    if (at >= 0) found.push(nameAt(tokens, at));
  }
  return found;
}

type NamedTouch = { schema: string | null; name: string; action: TableTouch["action"] };

/** The objects a schema statement (CREATE, ALTER, DROP) creates, changes or drops. */
function schemaTouches(tokens: readonly SqlToken[]): NamedTouch[] | null {
  const verb = upper(tokens[0]);
  if (verb === "CREATE") {
    let i = skipWords(tokens, 1, "TEMP", "TEMPORARY", "UNIQUE", "VIRTUAL");
    const kind = upper(tokens[i]);
    if (!objectKinds.has(kind)) return null;
    i = skipWords(tokens, i + 1, "IF", "NOT", "EXISTS");
    const created = nameAt(tokens, i);
    const touches: NamedTouch[] = [{ ...created, action: "create" }];
    if (kind === "INDEX" || kind === "TRIGGER") {
      const on = tokens.findIndex((token, at) => at >= created.next && upper(token) === "ON");
      if (on < 0) return null;
      touches.push({ ...nameAt(tokens, on + 1), action: "alter" as const });
    }
    return touches;
  }
  if (verb === "ALTER" && upper(tokens[1]) === "TABLE") {
    const altered = nameAt(tokens, 2);
    const touches: NamedTouch[] = [{ ...altered, action: "alter" }];
    const rename = upper(tokens[altered.next]) === "RENAME" && upper(tokens[altered.next + 1]) === "TO";
    if (rename) touches.push({ ...nameAt(tokens, altered.next + 2), action: "create" as const });
    return touches;
  }
  if (verb === "DROP" && objectKinds.has(upper(tokens[1]))) {
    return [{ ...nameAt(tokens, skipWords(tokens, 2, "IF", "EXISTS")), action: "drop" as const }];
  }
  return null;
}

const dataVerbs = new Set(["INSERT", "REPLACE", "UPDATE", "DELETE", "WITH", "SELECT"]);

/** Whether a statement is one a migration may run at all (schema, data or an allowed pragma). */
function allowedStatement(tokens: readonly SqlToken[]): boolean {
  const verb = upper(tokens[0]);
  if (dataVerbs.has(verb)) return true;
  if (verb === "PRAGMA") return allowedPragmas.has(upper(tokens[1]));
  return false;
}

/**
 * What in one migration chunk a plugin may not do: create, alter, drop or write a table (index,
 * view, trigger) outside its prefix or in another schema, or run a statement migrations have no
 * business running (ATTACH, a transaction, most pragmas). Reads of core tables and references to
 * them stay allowed. Pure: the host refuses the whole migration before running any of it.
 *
 * @example statementProblems("referrals", "DROP TABLE `core_tasks`") // [{ kind: "outside", action: "drop", table: "core_tasks" }]
 */
export function statementProblems(pluginId: string, sql: string): StatementProblem[] {
  const problems: StatementProblem[] = [];
  for (const tokens of splitStatements(sqlTokens(sql))) {
    const schema = schemaTouches(tokens);
    if (!schema && !allowedStatement(tokens)) {
      problems.push({ kind: "statement", statement: statementHead(tokens) });
      continue;
    }
    const touches = [...(schema ?? []), ...writes(tokens).map((t) => ({ ...t, action: "write" as const }))];
    for (const touch of touches) {
      const ownSchema = touch.schema === null || touch.schema.toLowerCase() === "main";
      if (!ownSchema || !ownsTable(pluginId, touch.name)) {
        const table = touch.schema === null ? touch.name : `${touch.schema}.${touch.name}`;
        problems.push({ kind: "outside", action: touch.action, table });
      }
    }
  }
  return problems;
}

/** The first words of a statement, enough to name it in a refusal. */
function statementHead(tokens: readonly SqlToken[]): string {
  return tokens
    .slice(0, 4)
    .map((token) => token.text)
    .join(" ");
}
