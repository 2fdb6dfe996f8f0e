import type { ViewLink } from "./view-links.tsx";

/** A view of a plugin's section with the permission it needs, before it is worded. */
export type SectionView<K> = { href: string; key: string; need: K; end?: boolean };

/**
 * The views of a section the viewer may open, worded.
 *
 * @example permittedViews(views, can, (key) => i18n.tDynamic(`views.${key}`))
 */
export function permittedViews<K>(
  views: readonly SectionView<K>[],
  can: (need: K) => boolean,
  label: (key: string) => string,
): ViewLink[] {
  return views
    .filter((view) => can(view.need))
    .map((view) => ({ href: view.href, label: label(view.key), end: view.end ?? false }));
}
