import type { Component } from "solid-js";
import type { Icon } from "../components/icons.tsx";
import type { LocalizedText } from "../i18n/types.ts";

/** A component loaded on first use: `() => import("./calls-page.tsx")`. */
export type LazyComponent<P extends object = Record<string, never>> = () => Promise<{
  default: Component<P>;
}>;

/** The props core hands to each slot's widgets. Core declares the slots; plugins fill them. */
export type SlotProps = {
  /** The side panel of a client's page. */
  "client.sidePanel": { clientId: string };
  /**
   * Buttons in a client card's header ("Create a deal"): each opens its own dialog and calls
   * `onDone` after a change, so the card refreshes what it shows without leaving the page.
   */
  "client.actions": { clientId: string; clientName: string; onDone: () => void };
  /** The home dashboard. */
  dashboard: Record<string, never>;
  /** A qualified lead in prospecting's inbox: what became of it elsewhere (first sale shows its deal). */
  "lead.panel": { requestId: string; clientId: string | null };
};

/** A place in core's pages that plugins can fill. */
export type SlotName = keyof SlotProps;

/** A widget: a lazy component, or one shown only to holders of a permission. */
export type WidgetContribution<P extends object> =
  | LazyComponent<P>
  | { component: LazyComponent<P>; permission?: string };

/** A page of a plugin, mounted by the shell under `path`. */
export type AdminRoute = { path: string; component: LazyComponent; permission?: string };

/** A nav label: a key of the app's dictionary (`"nav.clients"`) or a text in both languages. */
export type NavLabel = string | LocalizedText;

/** An entry of the sidebar. */
export type NavEntry = { path: string; label: NavLabel; icon?: Icon; permission?: string };

/**
 * An entry of the top bar's "+" menu: what it creates (`label`, e.g. "Deal"), who may (`permission`)
 * and the dialog that creates it, mounted open when chosen; it calls `onClose` when done or cancelled.
 */
export type QuickAddEntry = {
  key: string;
  label: LocalizedText;
  permission?: string;
  dialog: LazyComponent<{ onClose: () => void }>;
};

/** What a plugin contributes to the admin app. */
export type AdminPluginDefinition = {
  readonly id: string;
  readonly routes: readonly AdminRoute[];
  readonly nav: readonly NavEntry[];
  readonly widgets: { readonly [S in SlotName]?: WidgetContribution<SlotProps[S]> };
  readonly settingsPage?: LazyComponent;
  readonly quickAdd?: readonly QuickAddEntry[];
};

/** What the shell knows about the viewer: which plugins their organisation enabled and what they may do. */
export type PluginHost = {
  /** The admin parts of installed plugins, in display order. */
  readonly plugins: () => readonly AdminPluginDefinition[];
  readonly isEnabled: (pluginId: string) => boolean;
  /** True when the user holds the permission; an entry without one is visible to everyone. */
  readonly can: (permission: string | undefined) => boolean;
  /** A plugin's name as the user knows it, for error cards; undefined when the host cannot tell. */
  readonly pluginName?: (pluginId: string) => LocalizedText | undefined;
};
