/**
 * Link headers for paged answers (RFC 8288; the relations of RFC 5005 §3): `next` when another
 * page follows, `first` when this is not the first. Lists page forward by keyset cursors, so a
 * `prev` is only known where the client came from and is not sent. Pure.
 */

/** A page's neighbours as absolute URLs: `param` carries the cursor. */
export function pageUrls(
  base: string,
  requestUrl: string,
  param: string,
  next: string | null,
): { next: string | null; first: string | null } {
  const u = new URL(requestUrl, `${base}/`);
  const onFirst = !u.searchParams.has(param);
  const at = (value: string | null) => {
    const v = new URL(u);
    if (value === null) v.searchParams.delete(param);
    else v.searchParams.set(param, value);
    return `${base}${v.pathname}${v.search}`;
  };
  return { next: next === null ? null : at(next), first: onFirst ? null : at(null) };
}

/** The Link header value for those URLs; null when there is nothing to link. */
export function linkHeader(urls: { next: string | null; first: string | null }): string | null {
  const parts: string[] = [];
  if (urls.next) parts.push(`<${urls.next}>; rel="next"`);
  if (urls.first) parts.push(`<${urls.first}>; rel="first"`);
  return parts.length ? parts.join(', ') : null;
}
