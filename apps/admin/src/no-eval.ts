/**
 * The app runs under a Content-Security-Policy without `'unsafe-eval'`. zod 4 probes `new Function`
 * once to decide whether to compile its fast object parsers, and the browser reports the refused
 * probe as a policy violation even though zod falls back quietly. `jitless` skips the probe; zod
 * reads its settings from this global, so it is set before any schema module loads (the first
 * import of `main.tsx`).
 */
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
