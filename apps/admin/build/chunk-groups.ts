/**
 * How the admin build groups modules into chunks (`build.rolldownOptions.output.codeSplitting`).
 * Left to itself the bundler made a chunk of every module two lazy pages share, and the home page's
 * first load fetched 105 scripts. These groups make a few larger ones: `shell`, everything the entry
 * imports statically (Solid, Kobalte, the router, the query cache, tRPC, the UI kit, the app's shell);
 * `plugins`, the plugins' admin halves the entry awaits; `screens`, the workspace, the home page, the
 * toasts and the slot with their static imports (the whole first render; other pages' modules stay
 * out); and per plugin, its home widget with its dictionary. The dynamic imports of these groups'
 * modules load the group's chunk directly (`collapse-facades.ts`). The per-language
 * dictionaries (`src/i18n/en.ts`, `ru.ts` and their folders) are never grouped: each stays a chunk
 * of its own, loaded for the viewer's language only. Other pages stay lazy, as the bundler splits them.
 */
type Group = {
  name: string | ((id: string) => string | null);
  debugName?: string;
  test: RegExp;
  priority: number;
  tags?: "$initial"[];
};

/** A path test that works with either separator. */
const path = (source: string) => new RegExp(source.replaceAll("/", "[\\\\/]"));

/** A plugin's home widget and its dictionary (a path of its own: `[^/]` would not survive `path`). */
const pluginWidget =
  /[\\/]plugins[\\/]([\w-]+)[\\/]src[\\/]admin[\\/](?:widgets[\\/]dashboard-widget\.tsx$|i18n[\\/])/;

/**
 * The entry's static imports, but for the modules that await the plugins' admin halves
 * (`plugins.ts` has a top-level await, `app.tsx` and `main.tsx` import it) and the config naming them:
 * an admin half imports the kit and the shell, so a chunk holding both would wait for itself.
 */
const shellModule = path(
  "^(?!.*(?:/apps/admin/(?:index\\.html|src/(?:main\\.tsx|app\\.tsx|plugins\\.ts|i18n/(?:en|ru)\\b))|/quartet\\.config\\.ts))",
);

export const chunkGroups: Group[] = [
  { name: "shell", test: shellModule, tags: ["$initial"], priority: 50 },
  // The plugins' admin halves (definitions and permission names), which the entry awaits.
  { name: "plugins", test: path("/plugins/[\\w-]+/src/admin/index\\.ts$"), priority: 40 },
  // The workspace (the shell's frame, drawn on every page), the home page and the toasts, with
  // everything they import statically: what the home draws, and nothing only other pages draw.
  {
    name: "screens",
    test: path(
      "/(?:apps/admin/src/(?:shell/(?:workspace|toasts)\\.tsx|pages/status/home-page\\.tsx)|packages/ui/src/slots/slot\\.tsx)$",
    ),
    priority: 30,
  },
  {
    name: (id) => {
      const match = pluginWidget.exec(id);
      return match ? `plugin-${match[1]}` : null;
    },
    debugName: "plugin-widgets",
    test: pluginWidget,
    priority: 20,
  },
];
