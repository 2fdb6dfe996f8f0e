/**
 * Where to send someone who must sign in first, remembering where they were going:
 * `/team?tab=roles` → `/sign-in?next=%2Fteam%3Ftab%3Droles`; the home page needs no `next`.
 */
export function signInPath(pathname: string, search = ""): string {
  const target = `${pathname}${search}`;
  return target === "/" || target === "" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(target)}`;
}

/**
 * The page to open after signing in: `next` when it is a path of this app, otherwise home.
 * Absolute and protocol-relative URLs are refused, so a link cannot send a user elsewhere.
 */
export function nextPath(next: string | undefined | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
