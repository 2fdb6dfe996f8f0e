// `node --import ./record-modules.mjs …`: writes the URL of every module the process loads through
// the ESM loader, one a line, to the file `QUARTET_MODULE_LOG` names. The compiled server's test
// reads it to show that no TypeScript file and no transpiler (tsx, esbuild) was loaded.
import { register } from "node:module";

register("./module-hooks.mjs", import.meta.url, { data: { log: process.env.QUARTET_MODULE_LOG } });
