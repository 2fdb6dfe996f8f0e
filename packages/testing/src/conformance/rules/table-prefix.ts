import { type AnyPlugin, declaredTableNames, ownsTable, tablePrefixOf } from "@quartet/core/plugin";
import { count, type Finding, failed, listed, passed } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

/** Every table the plugin's drizzle schema declares carries its prefix (`first-sale` → `first_sale_`). */
export function tablePrefixRule(plugin: AnyPlugin): Finding {
  const prefix = tablePrefixOf(plugin.id);
  const names = declaredTableNames(plugin);
  const outside = names.filter((name) => !ownsTable(plugin.id, name));
  if (outside.length === 0)
    return passed("table-prefix", m.prefixOk, { tables: count(names.length, m.tables), prefix });
  return failed("table-prefix", m.prefixBroken, { tables: listed(outside), count: outside.length, prefix });
}
