/** URL helpers shared by the fetchers, the extractor and de-duplication. Pure. */

/** Query parameters that only track the reader (utm_*, click ids, mailing-list ids). */
const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|rb_clickid|s_cid|vero_id|wickedid|ncid|cmpid|ocid|sr_share|at_medium|at_campaign|at_custom\d*|ref_src|__twitter_impression|spm|share|from|xtor)$/i;

/** Resolves `href` against `base`; returns undefined for unparsable or non-web schemes. */
export function absoluteUrl(href: string | undefined | null, base?: string | null): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (!trimmed) return undefined;
  try {
    const u = base ? new URL(trimmed, base) : new URL(trimmed);
    return u.href;
  } catch {
    return undefined;
  }
}

/** True for http: and https: URLs: the only schemes we fetch or link to. */
export function isWebUrl(href: string | undefined | null): boolean {
  if (!href) return false;
  try {
    const p = new URL(href).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

/** Removes tracking query parameters and keeps everything else as it was. */
export function stripTracking(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return href;
  }
  const keys = [...u.searchParams.keys()];
  if (!keys.some((k) => TRACKING_PARAM.test(k))) return href;
  for (const k of keys) if (TRACKING_PARAM.test(k)) u.searchParams.delete(k);
  return u.href;
}

/**
 * The key under which two links count as the same article: scheme-less, lower-case host without
 * `www.`, no fragment, no tracking parameters, remaining parameters sorted, no trailing slash.
 */
export function normalizeUrl(href: string): string {
  let u: URL;
  try {
    u = new URL(stripTracking(href.trim()));
  } catch {
    return href.trim();
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const params = [...u.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return `${host}${port}${path}${query}`;
}

/** The host of a URL in lower case, or '' when it cannot be parsed. */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * True when `href`, read against the page at `pageUrl`, is its site's home page: "/", "https://blog.example/",
 * "../" up to the root (no query). A logo's link and a masthead's link go there.
 */
export function isHomeLink(href: string, pageUrl: string): boolean {
  if (href === '/') return true;
  const trimmed = href ? href.trim() : '';
  if (!trimmed) return false;
  try {
    // One parse, not absoluteUrl's and a second of its result: headings and logos ask this of every link in them.
    const u = new URL(trimmed, pageUrl);
    return u.pathname === '/' && !u.search && u.host === new URL(pageUrl).host;
  } catch {
    return false;
  }
}
