/** Where to go after logging in: the page the user was sent away from, if it is one of ours. */
export function nextPath(search: URLSearchParams): string {
  const next = search.get("next");
  if (!next?.startsWith("/") || next.startsWith("//")) return "/";
  return next;
}

/** The log-in address that brings the user back to `path` afterwards. */
export function loginPathFor(path: string): string {
  return path === "/" ? "/login" : `/login?next=${encodeURIComponent(path)}`;
}
