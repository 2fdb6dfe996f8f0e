import type { OrgDatabase } from "@quartet/core";
import type { ScriptGraph } from "../../../domain/script-graph.ts";
import { scriptGraphAt } from "../scripts/read-scripts.ts";

const maxGraphs = 200;
const memos = new WeakMap<OrgDatabase, Map<string, ScriptGraph>>();

/**
 * `scriptGraphAt`, remembered per database: a script version never changes once written, so the
 * call screen reads and parses each graph once instead of on every claim. Treat the graph as read-only.
 */
export async function memoizedScriptGraph(
  db: OrgDatabase,
  scriptId: string,
  version: number,
): Promise<ScriptGraph> {
  const memo = memos.get(db) ?? new Map<string, ScriptGraph>();
  memos.set(db, memo);
  const key = `${scriptId}@${version}`;
  const known = memo.get(key);
  if (known) return known;
  const graph = await scriptGraphAt(db, scriptId, version);
  if (memo.size >= maxGraphs) memo.clear();
  memo.set(key, graph);
  return graph;
}
