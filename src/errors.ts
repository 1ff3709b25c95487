/**
 * One error type for the pipeline: a string `code`, whether retrying can help, and an optional
 * delay the source asked for (Retry-After). Codes live in one registry so they stay unique.
 */
export const ERROR_CODES = {
  CONFIG_INVALID: 'settings or feeds.yaml failed validation',
  DB_UNREACHABLE: 'the database did not answer',
  DB_LOCKED: 'another process holds the embedded data directory',
  QUEUE_UNREACHABLE: 'Redis did not answer',
  FETCH_TIMEOUT: 'the server took too long',
  FETCH_TOO_LARGE: 'the body exceeded the size cap',
  FETCH_TOO_MANY_REDIRECTS: 'more redirects than the cap',
  FETCH_REDIRECT_LOOP: 'a redirect pointed back to a URL already visited',
  FETCH_HTTP_ERROR: 'the server answered with an error status',
  FETCH_RATE_LIMITED: 'the server answered 429 or 503',
  FETCH_NETWORK: 'the connection failed',
  FETCH_BLOCKED_ADDRESS: 'the host resolves to a private, loopback or metadata address',
  FETCH_BAD_SCHEME: 'only http and https URLs are fetched',
  FETCH_BAD_URL: 'the URL cannot be parsed',
  FETCH_ROBOTS_DISALLOWED: "the site's robots.txt disallows this page",
  FETCH_DECODE: 'the body could not be decompressed',
  PARSE_NOT_A_FEED: 'the document is not RSS, Atom or JSON Feed',
  PARSE_EMPTY: 'the document is empty',
  PARSE_ENTITY_EXPANSION: 'the document declares entities (XXE / billion laughs)',
  PARSE_TOO_DEEP: 'the document nests deeper than the limit',
  PARSE_INVALID_JSON: 'the JSON could not be parsed',
  WIRE_INVALID_XML: 'the wire document is not well-formed XML',
  WIRE_INVALID_JSON: 'the ninjs document is not valid JSON',
  WIRE_UNKNOWN_VERSION: 'the wire format version is not supported (NITF 3.x, NewsML-G2 2.x, ninjs 1.x/2.x)',
  WIRE_MISSING_FIELD: 'the wire document lacks a required field',
  WIRE_UNKNOWN_FORMAT: 'the document is not NITF, NewsML-G2 or ninjs',
  WIRE_TOO_LARGE: 'the wire document is larger than WIREROOM_WIRE_MAX_BODY',
  WEBSUB_BAD_SIGNATURE: 'a WebSub delivery was unsigned or its signature did not match',
  WEBSUB_HUB_FAILED: 'the WebSub hub refused or did not confirm the subscription',
  EXTRACT_NO_ARTICLE: 'no article text found on the page',
  EXTRACT_TIMEOUT: 'extraction took longer than the per-item limit',
  EXTRACT_NOT_HTML: 'the page is not HTML (its content type names another format)',
  PUBLISH_NO_CREDIT: 'an item cannot be published without a credit line',
  PUBLISH_RIGHTS_NONE: "the source's rights (or the wire document's usage terms) do not allow publishing",
  REVIEW_NEEDS_CONFIRMATION: 'the item has warnings; approving over them needs an explicit confirmation',
  NOT_FOUND: 'no such row',
  WEBHOOK_REJECTED: 'the webhook endpoint answered with an error status',
  WEBHOOK_UNCONFIGURED: 'the delivery names an endpoint no longer in feeds.yaml',
  WEBHOOK_INTERRUPTED: 'a shutdown cut the POST short; the delivery stays pending and is sent after the restart',
  REVIEW_BAD_TRANSITION: 'the editor action does not apply to an item in this status',
  REVIEW_STALE: 'the item changed since the editor opened it (a stale save or approve)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface PipelineErrorOptions {
  retryable?: boolean;
  retryAfterMs?: number;
  status?: number;
  cause?: unknown;
}

/** An expected failure of a pipeline stage, with a code the scheduler and operators read. */
export class PipelineError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;

  constructor(code: ErrorCode, message?: string, opts: PipelineErrorOptions = {}) {
    super(message ?? ERROR_CODES[code], opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'PipelineError';
    this.code = code;
    this.retryable = opts.retryable ?? true;
    this.retryAfterMs = opts.retryAfterMs;
    this.status = opts.status;
  }
}

/** A user-facing problem (bad config, bad CLI input): printed as one message, never a stack. */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** The code of any thrown value, for logs and the feed row. */
export function errorCode(err: unknown): string {
  if (err instanceof PipelineError) return err.code;
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return 'INTERNAL';
}

/** A one-line description of any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
