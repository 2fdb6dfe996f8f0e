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
  /**
   * Home widgets: the home page (`/`) shows them below the stool, the monitor and the plan, each
   * a card across the page's width (a leg's vital signs, today's work). The page is shown to
   * those who may read staffing; give a widget its own `permission` for narrower audiences.
   */
  dashboard: Record<string, never>;
  /**
   * Sections of the organisation's settings page (`/settings`), below core's own cards: each
   * widget is one card with its title, shown to everyone who may open the page unless it names
   * a `permission` (e.g. the plugin's "manage settings" one).
   */
  "settings.section": Record<string, never>;
  /** A qualified lead in prospecting's inbox: what became of it elsewhere (first sale shows its deal). */
  "lead.panel": { requestId: string; clientId: string | null };
  /**
   * The enable dialog once plugins are enabled (`pluginIds`): what a plugin offers to do right away
   * (first sale: deals for the leads qualified before it). Each widget calls `settle(true)` when it
   * shows an offer and `settle(false)` when it has none (the dialog closes when no widget offers
   * anything); `onDone` closes the dialog after the offer is taken or put off.
   */
  "plugin.enabled": { pluginIds: readonly string[]; settle: (offering: boolean) => void; onDone: () => void };
};

/** A place in core's pages that plugins can fill. */
export type SlotName = keyof SlotProps;

/** A widget: a lazy component, or one shown only to holders of a permission. */
export type WidgetContribution<P extends object> =
  | LazyComponent<P>
  | { component: LazyComponent<P>; permission?: string };

/**
 * A tab of a client's card, beside its feed: its `label`, who may see it (`permission`) and its
 * content, loaded when the tab is first opened and given the client's id and name.
 *
 * @example { key: "cross-sell", label: { en: "Cross-sell", ru: "Кросс-продажи" }, component: () => import("./cross-sell-tab.tsx") }
 */
export type ClientTab = {
  /** Unique within the plugin; the tab's value in the card is `<plugin id>:<key>`. */
  key: string;
  label: LocalizedText;
  permission?: string;
  component: LazyComponent<{ clientId: string; clientName: string }>;
};

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
  readonly clientTabs?: readonly ClientTab[];
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
