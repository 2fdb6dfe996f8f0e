import type { BadgeTone } from "@quartet/ui";

/** The states of a plugin in an organisation. */
export type PluginState = "available" | "enabled" | "disabled" | "failed" | "uninstalled";

/** The colour of a state's badge. */
export function stateTone(state: PluginState): BadgeTone {
  switch (state) {
    case "enabled":
      return "success";
    case "failed":
      return "danger";
    case "disabled":
    case "uninstalled":
      return "neutral";
    case "available":
      return "info";
  }
}

/** Which lifecycle actions a plugin in a state offers: enable, disable, uninstall, configure. */
export function actionsFor(state: PluginState, hasSettings: boolean) {
  return {
    enable: state !== "enabled",
    disable: state === "enabled",
    uninstall: state === "enabled" || state === "disabled" || state === "failed",
    settings: hasSettings && state !== "uninstalled" && state !== "available",
  };
}
