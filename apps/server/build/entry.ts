/**
 * The compiled server's entry (`dist/bundle/main.js`): the `quartet` CLI with this installation's
 * plugins compiled in. `build.ts` compiles `quartet.config.ts` beside it as
 * `dist/bundle/quartet.config.js`, and the loader finds it through `QUARTET_CONFIG`, so nothing
 * TypeScript is imported at run time.
 */
import { fileURLToPath } from "node:url";

const [command, subcommand] = process.argv.slice(2);
if (command === "plugin" && (subcommand === "new" || subcommand === "check")) {
  // Both work on the sources (a new package, its tests), which the compiled server leaves behind.
  process.stderr.write(
    `quartet plugin ${subcommand} works on the sources: run \`pnpm quartet plugin ${subcommand} …\`\n`,
  );
  process.exit(1);
}
process.env.QUARTET_CONFIG = fileURLToPath(new URL("./quartet.config.js", import.meta.url));
await import("../src/cli/main.ts");
