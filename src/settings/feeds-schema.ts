/**
 * The schema of config/feeds.yaml: the operator's list of sources. One schema checks the file,
 * the CLI and (later) the API, and every problem carries the fix in its message.
 */
import { z } from 'zod';
import { formatByteSize, parseByteSize } from './byte-size';
import { parseDuration } from './duration';

export const RIGHTS = ['full', 'excerpt', 'headline', 'none'] as const;
export const REVIEW = ['required', 'auto'] as const;
export const FEED_TYPES = ['rss', 'nitf', 'newsml', 'ninjs', 'folder', 'push'] as const;
export type Rights = (typeof RIGHTS)[number];
export type ReviewMode = (typeof REVIEW)[number];
export type FeedType = (typeof FEED_TYPES)[number];

const CREDIT_PLACEHOLDERS = ['source', 'author', 'original', 'url'];

const duration = (field: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const s = parseDuration(v);
    if (s === undefined || s <= 0) {
      ctx.addIssue({ code: 'custom', message: `${field} must be a duration like "90s", "10m", "2h" or "1d" (got ${JSON.stringify(v)})` });
      return z.NEVER;
    }
    return s;
  });

/** The bounds of `max_body`, the same as WIREROOM_HTTP_MAX_BODY's. */
export const MAX_BODY_MIN_BYTES = 1024;
export const MAX_BODY_MAX_BYTES = 1024 ** 3;

const byteSize = (field: string) =>
  z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const n = parseByteSize(v);
      if (n === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `${field} must be a size like "512KB", "60MB" or "1GB" (1024-based), or a number of bytes (got ${JSON.stringify(v)})`,
        });
        return z.NEVER;
      }
      if (n < MAX_BODY_MIN_BYTES || n > MAX_BODY_MAX_BYTES) {
        ctx.addIssue({
          code: 'custom',
          message: `${field} must be from ${formatByteSize(MAX_BODY_MIN_BYTES)} to ${formatByteSize(MAX_BODY_MAX_BYTES)}, e.g. "60MB" (got ${JSON.stringify(v)})`,
        });
        return z.NEVER;
      }
      return n;
    })
    .meta({ format: 'byte-size' });

const enumOf = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z.enum(values, { error: (iss) => `${field} must be one of ${values.join(', ')} (got ${JSON.stringify(iss.input)})` });

const creditTemplate = z
  .string()
  .min(1, 'credit must not be empty; e.g. "Source: {source}"')
  .superRefine((tpl, ctx) => {
    for (const m of tpl.matchAll(/\{([^}]*)\}/g)) {
      if (!CREDIT_PLACEHOLDERS.includes(m[1] ?? '')) {
        ctx.addIssue({
          code: 'custom',
          message: `credit uses unknown placeholder {${m[1]}}; use ${CREDIT_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        });
      }
    }
  });

const httpUrl = (field: string) =>
  z.string({ error: `${field} is required: an http(s) URL` }).refine((v) => /^https?:\/\/[^\s/]+/i.test(v), {
    message: `${field} must be an absolute http(s) URL`,
  });

export const feedSchema = z
  .object({
    url: httpUrl('url').optional(),
    path: z.string().min(1).optional(),
    type: enumOf(FEED_TYPES, 'type').optional(),
    title: z.string().optional(),
    poll_interval: duration('poll_interval').optional(),
    max_body: byteSize('max_body').optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (!f.url && !f.path && f.type !== 'push') {
      ctx.addIssue({ code: 'custom', message: 'a feed needs `url:` (or `path:` for type folder, or `type: push`)', path: ['url'] });
    }
    if (f.type === 'folder' && !f.path)
      ctx.addIssue({ code: 'custom', message: 'a feed of type folder needs `path:`, the directory to watch', path: ['path'] });
  });

export const extractSchema = z.object({ body: z.string().min(1).optional(), remove: z.array(z.string().min(1)).optional() }).strict();

export const sourceSchema = z
  .object({
    id: z
      .string({ error: 'id is required: lower-case letters, digits and dashes' })
      .regex(/^[a-z0-9-]+$/, 'id must match [a-z0-9-]+ (lower-case letters, digits and dashes)'),
    name: z.string({ error: 'name is required: it is shown in credits' }).min(1, 'name must not be empty'),
    homepage: httpUrl('homepage').optional(),
    aliases: z
      .array(z.string().trim().min(1, 'aliases[] must not be empty; list other names of the outlet, e.g. ["RT NEWS", "Russia Today"]'), {
        error: 'aliases must be a list of names, e.g. ["RT NEWS", "Russia Today"]',
      })
      .optional(),
    feeds: z.array(feedSchema).default([]),
    rights: enumOf(RIGHTS, 'rights').optional(),
    review: enumOf(REVIEW, 'review').optional(),
    credit: creditTemplate.optional(),
    poll_interval: duration('poll_interval').optional(),
    max_body: byteSize('max_body').optional(),
    excerpt_words: z.number().int().positive().optional(),
    categories: z.array(z.string()).optional(),
    language: z.string().optional(),
    extract: extractSchema.optional(),
    paused: z.boolean().optional(),
    push_token_env: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'push_token_env must name an environment variable')
      .optional(),
  })
  .strict()
  .superRefine((src, ctx) => {
    if (!src.push_token_env && src.feeds.some((f) => f.type === 'push')) {
      ctx.addIssue({
        code: 'custom',
        message: 'a source with a feed of type push needs `push_token_env:`, the environment variable holding its push token',
        path: ['push_token_env'],
      });
    }
  });

export const defaultsSchema = z
  .object({
    rights: enumOf(RIGHTS, 'rights').default('excerpt'),
    review: enumOf(REVIEW, 'review').default('required'),
    credit: creditTemplate.default('Source: {source}'),
    poll_interval: duration('poll_interval').default(15 * 60),
    min_poll_interval: duration('min_poll_interval').default(5 * 60),
    max_poll_interval: duration('max_poll_interval').default(24 * 3600),
    excerpt_words: z.number().int().positive().default(60),
  })
  .strict();

export const WEBHOOK_EVENTS = ['item.published', 'item.updated', 'item.withdrawn'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A portal endpoint that receives signed POSTs on publish, update and withdrawal. */
export const webhookSchema = z
  .object({
    url: httpUrl('webhooks[].url'),
    secret_env: z
      .string({ error: 'secret_env is required: the environment variable holding the signing secret' })
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'secret_env must name an environment variable, e.g. PORTAL_WEBHOOK_SECRET'),
    events: z
      .array(enumOf(WEBHOOK_EVENTS, 'events[]'))
      .min(1)
      .default([...WEBHOOK_EVENTS]),
  })
  .strict();

export const feedsFileSchema = z
  .object({
    defaults: defaultsSchema.default(defaultsSchema.parse({})),
    sources: z.array(sourceSchema, { error: '`sources:` must be a list of sources' }),
    webhooks: z.array(webhookSchema).default([]),
  })
  .strict();

export type FeedsFileInput = z.input<typeof feedsFileSchema>;
export type FeedsFileParsed = z.output<typeof feedsFileSchema>;
