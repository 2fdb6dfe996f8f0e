import { createEffect, For, type JSX } from "solid-js";

/** One view of a section: where it lives and what it is called; `end` marks it current only on its own path. */
export type ViewLink = { href: string; label: string; end?: boolean };

/** True when `path` is the link's page or (unless `end`) a page below it; a query the link carries is not compared. */
export function isCurrentView(link: ViewLink, path: string): boolean {
  const page = link.href.split("?")[0] ?? link.href;
  return path === page || (!link.end && path.startsWith(`${page}/`));
}

/**
 * The views of a section as one row of links under the page title, the current one marked
 * (`aria-current="page"`). On a narrow screen the row scrolls sideways by itself, never the page.
 *
 * @example <ViewLinks label={t("views")} current={location.pathname} links={[{ href: "/farming", label: t("day"), end: true }]} />
 */
export function ViewLinks(props: {
  label: string;
  links: readonly ViewLink[];
  current: string;
}): JSX.Element {
  let nav: HTMLElement | undefined;
  // On a narrow screen the row may start scrolled past the current view: bring it into sight.
  createEffect(() => {
    const link = props.current && nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !link) return;
    nav.scrollLeft = Math.max(0, link.offsetLeft - (nav.clientWidth - link.offsetWidth) / 2);
  });
  return (
    <nav ref={nav} class="q-view-links" aria-label={props.label}>
      <For each={props.links}>
        {(link) => (
          <a
            class="q-view-links__link"
            href={link.href}
            aria-current={isCurrentView(link, props.current) ? "page" : undefined}
          >
            {link.label}
          </a>
        )}
      </For>
    </nav>
  );
}
