import { resolve } from "node:path";
import type { Plugin } from "vite";

const stubId = "\0quartet-server-half";

/**
 * Keeps the server halves `quartet.config.ts` names out of the admin bundle: each
 * `server: () => import("…/server")` of that file resolves to an empty module in the browser
 * (the app only ever calls `admin`), so a plugin's server code and its Node dependencies are
 * never bundled.
 */
export function serverHalvesStayOnTheServer(configPath: string): Plugin {
  const config = resolve(configPath);
  return {
    name: "quartet:server-halves",
    enforce: "pre",
    resolveId(source, importer) {
      if (importer && resolve(importer) === config && source.endsWith("/server")) return stubId;
      return null;
    },
    load(id) {
      return id === stubId ? "export default undefined;\n" : null;
    },
  };
}
