/** A piece of SQL: a bare word, a quoted identifier, a string or number literal, or punctuation. */
export type SqlToken = { kind: "word" | "name" | "literal" | "punct"; text: string };

const quotes: Record<string, string> = { '"': '"', "`": "`", "[": "]", "'": "'" };

/**
 * Splits SQL into tokens the way SQLite reads it: comments dropped, quoted identifiers
 * (`"x"`, `` `x` ``, `[x]`) unquoted into names, strings kept whole (a doubled quote escapes).
 *
 * @example sqlTokens('DROP TABLE `core_tasks`') // words DROP, TABLE, then the name core_tasks
 */
export function sqlTokens(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (/\s/.test(ch)) i++;
    else if (sql.startsWith("--", i)) i = lineEnd(sql, i);
    else if (sql.startsWith("/*", i)) i = commentEnd(sql, i);
    else if (ch in quotes) i = quoted(sql, i, tokens);
    else if (/[A-Za-z0-9_$]/.test(ch) || ch.charCodeAt(0) > 127) {
      const start = i;
      while (i < sql.length && (/[A-Za-z0-9_$]/.test(sql[i] as string) || sql.charCodeAt(i) > 127)) i++;
      const text = sql.slice(start, i);
      tokens.push({ kind: /^\d/.test(text) ? "literal" : "word", text });
    } else {
      tokens.push({ kind: "punct", text: ch });
      i++;
    }
  }
  return tokens;
}

function lineEnd(sql: string, from: number): number {
  const end = sql.indexOf("\n", from);
  return end === -1 ? sql.length : end + 1;
}

function commentEnd(sql: string, from: number): number {
  const end = sql.indexOf("*/", from + 2);
  return end === -1 ? sql.length : end + 2;
}

function quoted(sql: string, from: number, tokens: SqlToken[]): number {
  const open = sql[from] as string;
  const close = quotes[open] as string;
  let text = "";
  let i = from + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      if (close !== "]" && sql[i + 1] === close) {
        text += close;
        i += 2;
        continue;
      }
      break;
    }
    text += sql[i];
    i++;
  }
  tokens.push({ kind: open === "'" ? "literal" : "name", text });
  return i + 1;
}
