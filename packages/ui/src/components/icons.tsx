import { type Component, For, type JSX } from "solid-js";

/** Props every icon takes; icons are decorative (aria-hidden) and follow `currentColor`. */
export type IconProps = { class?: string; size?: number };

/** An icon component, as nav entries and empty states take them. */
export type Icon = Component<IconProps>;

function icon(paths: readonly string[]): Icon {
  return (props: IconProps): JSX.Element => (
    <svg
      class={props.class}
      width={props.size ?? 16}
      height={props.size ?? 16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <For each={paths}>{(d) => <path d={d} />}</For>
    </svg>
  );
}

/** A pulse line: status and health. */
export const IconActivity = icon(["M22 12h-4l-3 9L9 3l-3 9H2"]);
/** Three lines: opens the navigation on narrow screens. */
export const IconMenu = icon(["M4 6h16", "M4 12h16", "M4 18h16"]);
/** A cross: closes. */
export const IconClose = icon(["M18 6 6 18", "M6 6l12 12"]);
/** A warning triangle: errors. */
export const IconAlert = icon([
  "M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z",
  "M12 9v4",
  "M12 17h.01",
]);
/** A circular arrow: refresh. */
export const IconRefresh = icon(["M21 12a9 9 0 1 1-2.64-6.36L21 8", "M21 3v5h-5"]);
/** A box: plugins. */
export const IconPackage = icon(["M21 8 12 3 3 8v8l9 5 9-5z", "M3 8l9 5 9-5", "M12 13v8"]);
/** A compass needle: a page that is not there. */
export const IconCompass = icon(["M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z", "m15.5 8.5-2 5-5 2 2-5z"]);
/** Two people: the team. */
export const IconUsers = icon([
  "M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2",
  "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
  "M22 21v-2a4 4 0 0 0-3-3.87",
  "M16 3.13a4 4 0 0 1 0 7.75",
]);
/** A gear: settings. */
export const IconSettings = icon([
  "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z",
  "M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z",
]);
/** Four tiles: the functions (plugins) page. */
export const IconGrid = icon(["M4 4h6v6H4z", "M14 4h6v6h-6z", "M4 14h6v6H4z", "M14 14h6v6h-6z"]);
/** A plus: add or create. */
export const IconPlus = icon(["M12 5v14", "M5 12h14"]);
/** A tick: done or selected. */
export const IconCheck = icon(["M20 6 9 17l-5-5"]);
/** A chevron pointing down: opens a menu. */
export const IconChevronDown = icon(["m6 9 6 6 6-6"]);
/** Up and down chevrons: a switcher. */
export const IconChevronsUpDown = icon(["m7 15 5 5 5-5", "m7 9 5-5 5 5"]);
/** Two sheets: copy. */
export const IconCopy = icon([
  "M20 9h-9a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2v-9a2 2 0 0 0-2-2z",
  "M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1",
]);
/** A door with an arrow: sign out. */
export const IconLogOut = icon(["M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4", "m16 17 5-5-5-5", "M21 12H9"]);
/** A key: API keys. */
export const IconKey = icon(["M7 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8z", "M11 12h10", "M18 12v3", "M21 12v2"]);
/** A bin: delete. */
export const IconTrash = icon(["M3 6h18", "M8 6V4h8v2", "M19 6l-1 14H6L5 6", "M10 11v6", "M14 11v6"]);
/** An envelope: invitations. */
export const IconMail = icon([
  "M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
  "m22 6-10 7L2 6",
]);
/** A shield: roles and permissions. */
export const IconShield = icon(["M12 22s8-4 8-10V5l-8-3-8 3v7c0 6 8 10 8 10z"]);
/** A building: the organisation. */
export const IconBuilding = icon([
  "M4 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16",
  "M16 9h2a2 2 0 0 1 2 2v10",
  "M2 21h20",
  "M8 7h4",
  "M8 11h4",
  "M8 15h4",
]);
/** A globe: language. */
export const IconGlobe = icon([
  "M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z",
  "M2 12h20",
  "M12 2a15 15 0 0 1 4 10 15 15 0 0 1-4 10 15 15 0 0 1-4-10 15 15 0 0 1 4-10z",
]);
/** A magnifier: search. */
export const IconSearch = icon(["M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16z", "m21 21-4.3-4.3"]);
/** A pencil: edit. */
export const IconEdit = icon(["M12 20h9", "M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"]);
/** A chain link: invitation links. */
export const IconLink = icon([
  "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7",
  "M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7",
]);
/** Three dots: more actions. */
export const IconMore = icon([
  "M12 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2z",
  "M19 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2z",
  "M5 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2z",
]);
/** A circle with an i: information. */
export const IconInfo = icon(["M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z", "M12 16v-4", "M12 8h.01"]);
/** A scroll: the audit log. */
export const IconHistory = icon(["M3 12a9 9 0 1 0 3-6.7L3 8", "M3 3v5h5", "M12 7v5l3 2"]);
/** An arrow to the left: back. */
export const IconArrowLeft = icon(["M19 12H5", "m12 19-7-7 7-7"]);
/** An arrow to the right: next. */
export const IconArrowRight = icon(["M5 12h14", "m12 5 7 7-7 7"]);
/** A person alone: the solo stage. */
export const IconUser = icon([
  "M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2",
  "M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
]);
/** Stacked layers: departments. */
export const IconLayers = icon(["m12 2 10 5-10 5L2 7z", "m2 17 10 5 10-5", "m2 12 10 5 10-5"]);
/** A bell: notifications. */
export const IconBell = icon(["M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9", "M10.3 21a1.94 1.94 0 0 0 3.4 0"]);
/** A handset: a call to make (a callback promised to a client). */
export const IconPhone = icon([
  "M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z",
]);
