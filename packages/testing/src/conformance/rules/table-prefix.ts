import { type AnyPlugin, declaredTableNames, ownsTable, tablePrefixOf } from "@quartet/core/plugin";
import { count, type Finding, failed, listed, passed } from "../findings.ts";

/** Every table the plugin's drizzle schema declares carries its prefix (`first-sale` → `first_sale_`). */
export function tablePrefixRule(plugin: AnyPlugin): Finding {
  const prefix = tablePrefixOf(plugin.id);
  const names = declaredTableNames(plugin);
  const outside = names.filter((name) => !ownsTable(plugin.id, name));
  if (outside.length === 0)
    return passed("table-prefix", `${count(names.length, "table")}, all named ${prefix}…`);
  return failed(
    "table-prefix",
    `${listed(outside)} in db.schema ${outside.length === 1 ? "does" : "do"} not start with "${prefix}"`,
  );
}
