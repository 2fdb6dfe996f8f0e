import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { chunkGroups } from "./build/chunk-groups.ts";
import { collapseFacades } from "./build/collapse-facades.ts";
import { precompressAssets } from "./build/precompress.ts";
import { serverHalvesStayOnTheServer } from "./build/server-halves.ts";

/** Where `vite dev` and `vite preview` forward server paths; the Quartet server by default. */
const apiTarget = process.env.QUARTET_API_URL ?? "http://localhost:3000";

const serverPaths = ["trpc", "api", "hooks", "healthz"];
const proxy = Object.fromEntries(serverPaths.map((path) => [`^/${path}(/|\\?|$)`, { target: apiTarget }]));

export default defineConfig({
  plugins: [
    serverHalvesStayOnTheServer(new URL("../../quartet.config.ts", import.meta.url).pathname),
    solid(),
    collapseFacades(),
    precompressAssets(),
  ],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    target: "es2022",
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
});
