/** What an operator can do about a feed's last error, by code (and HTTP status). Pure. */

const FIXES: Record<string, string> = {
  FETCH_TIMEOUT:
    'The site is slow or down. wireroom retries with back-off; pause the feed if it lasts, or raise WIREROOM_HTTP_BODY_TIMEOUT.',
  FETCH_TOO_LARGE: 'Set max_body on this feed in feeds.yaml (e.g. 60MB) if the size is expected.',
  FETCH_TOO_MANY_REDIRECTS: 'Open the URL in a browser and put the final address in feeds.yaml.',
  FETCH_REDIRECT_LOOP: 'The site redirects in a circle: put the real feed URL in feeds.yaml, or tell the publisher.',
  FETCH_RATE_LIMITED: 'The site asked us to slow down; wireroom waits as told. Raise poll_interval for this source if it repeats.',
  FETCH_NETWORK: 'The host cannot be reached (DNS, refused connection, TLS). Check the URL and this machine’s network.',
  FETCH_BLOCKED_ADDRESS:
    'The host resolves to a private address. Correct the URL, or set WIREROOM_ALLOW_PRIVATE_NETWORKS=1 for an internal feed.',
  FETCH_BAD_SCHEME: 'Only http and https are fetched: correct the URL in feeds.yaml.',
  FETCH_BAD_URL: 'Correct the URL in feeds.yaml (`wireroom feeds validate` checks it).',
  FETCH_ROBOTS_DISALLOWED: 'The site’s robots.txt forbids this URL. Ask the publisher, or remove the feed.',
  FETCH_DECODE: 'The body is not valid gzip/br/deflate. Tell the publisher; retries continue meanwhile.',
  PARSE_NOT_A_FEED: 'The URL serves a page, not a feed. Find the feed with `wireroom feeds test <url>` and update feeds.yaml.',
  PARSE_EMPTY: 'The site sent an empty document. Usually temporary; pause the feed if it lasts.',
  PARSE_ENTITY_EXPANSION: 'The document declares XML entities, which wireroom refuses. Tell the publisher.',
  PARSE_TOO_DEEP: 'The document nests too deeply to be a feed. Check the URL.',
  PARSE_INVALID_JSON: 'The JSON Feed is broken. Tell the publisher; retries continue meanwhile.',
};

/** The fix for an HTTP error status. */
function httpFix(status: number | null): string {
  if (status === 404 || status === 410)
    return 'The feed is gone from this address. Find its new URL (`wireroom feeds test <homepage>`), update feeds.yaml, then resume.';
  if (status === 401 || status === 403)
    return 'The site refuses us. Ask the publisher for access (or an allow-listed User-Agent), or remove the feed.';
  if (status !== null && status >= 500)
    return 'The site is failing on its side. wireroom retries with back-off and pauses the feed after repeated failures; resume it once the site works.';
  return 'The site answered with an error. Open the URL in a browser; correct it in feeds.yaml if it moved.';
}

/** The fix to show beside a feed error; null when there is no error. */
export function feedErrorFix(code: string | null, status: number | null): string | null {
  if (!code) return null;
  if (code === 'FETCH_HTTP_ERROR') return httpFix(status);
  return FIXES[code] ?? 'See the error message; `wireroom feeds test <url>` shows what the feed answers.';
}
