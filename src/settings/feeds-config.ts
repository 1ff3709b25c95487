/**
 * Turns the text of feeds.yaml (or OPML) into a validated, frozen FeedsConfig, or a list of
 * problems that each name the file, the entry and the fix. Pure: the caller reads the file.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { feedsFileSchema, type FeedsFileParsed, type FeedType, type ReviewMode, type Rights, type WebhookEvent } from './feeds-schema';
import { opmlToFeedsFile } from './opml';

export interface FeedConfig {
  url: string | null;
  path: string | null;
  type: FeedType | null;
  title: string | null;
  pollIntervalS: number;
  /** Body size cap of this feed's fetch in bytes (`max_body`, else the source's); null = WIREROOM_HTTP_MAX_BODY. */
  maxBodyBytes: number | null;
}

export interface SourceConfig {
  id: string;
  name: string;
  homepage: string | null;
  rights: Rights;
  review: ReviewMode;
  creditTemplate: string;
  pollIntervalS: number;
  /** The source's `max_body` in bytes; null = WIREROOM_HTTP_MAX_BODY. */
  maxBodyBytes: number | null;
  excerptWords: number;
  categories: string[];
  language: string | null;
  extract: { body?: string; remove?: string[] } | null;
  paused: boolean;
  pushTokenEnv: string | null;
  feeds: FeedConfig[];
}

export interface FeedsConfig {
  file: string;
  defaults: FeedsFileParsed['defaults'];
  sources: SourceConfig[];
  /** Webhook endpoints (feeds.yaml `webhooks:`); secrets are resolved from the environment by settings. */
  webhooks: { url: string; secretEnv: string; events: WebhookEvent[] }[];
}

export type FeedsConfigResult = { ok: true; config: FeedsConfig } | { ok: false; problems: string[] };

/** Parses and validates feeds.yaml or OPML text. Every problem is reported, not just the first. */
export function parseFeedsConfig(text: string, file: string): FeedsConfigResult {
  const raw = /\.opml$|\.xml$/i.test(file) || /^\s*<\?xml|^\s*<opml/i.test(text) ? readOpml(text, file) : readYaml(text, file);
  if (!raw.ok) return raw;
  const parsed = feedsFileSchema.safeParse(raw.value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => describeIssue(i, raw.value, file, raw.lineOf)) };
  const dupes = crossEntryProblems(parsed.data, file);
  if (dupes.length) return { ok: false, problems: dupes };
  return { ok: true, config: deepFreeze(resolve(parsed.data, file)) };
}

type RawResult = { ok: true; value: unknown; lineOf: (path: PropertyKey[]) => number | undefined } | { ok: false; problems: string[] };

function readYaml(text: string, file: string): RawResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML syntax error: ${e.message.split('\n')[0]}. Fix the indentation or quoting there.`;
      }),
    };
  }
  const lineOf = (path: PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) node = node.get(key as string, true);
      else if (isSeq(node)) node = node.get(key as number, true);
      else break;
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const value: unknown = doc.toJS() ?? {};
  return { ok: true, value, lineOf };
}

function readOpml(text: string, file: string): RawResult {
  const r = opmlToFeedsFile(text);
  if (!r.ok) return { ok: false, problems: [`${file}: ${r.reason}`] };
  return { ok: true, value: r.value, lineOf: () => undefined };
}

/** "config/feeds.yaml:12: sources[1] (id "rt") → rights: rights must be one of …" */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown, file: string, lineOf: (p: PropertyKey[]) => number | undefined): string {
  const path = issue.path;
  const line = lineOf(path) ?? lineOf(path.slice(0, -1));
  const where = describePath(path, raw);
  const fix = issue.code === 'unrecognized_keys' ? ` Remove or rename: ${issue.keys.join(', ')}.` : '';
  const msg =
    issue.code === 'unrecognized_keys'
      ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      : issue.message;
  return `${file}${line ? `:${line}` : ''}: ${where}: ${msg}.${fix}`.replace(/\.\./g, '.');
}

function describePath(path: PropertyKey[], raw: unknown): string {
  if (path.length === 0) return 'top level';
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of path) {
    if (typeof key === 'number') {
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      const url = node && typeof node === 'object' && 'url' in node ? (node as { url: unknown }).url : undefined;
      parts[parts.length - 1] +=
        `[${key}]` + (id !== undefined ? ` (id ${JSON.stringify(id)})` : url !== undefined ? ` (${String(url)})` : '');
    } else {
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      parts.push(String(key));
    }
  }
  return parts.join(' → ');
}

function crossEntryProblems(data: FeedsFileParsed, file: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const urls = new Map<string, string>();
  data.sources.forEach((s, i) => {
    const prev = ids.get(s.id);
    if (prev !== undefined)
      problems.push(`${file}: sources[${i}] (id "${s.id}"): id is already used by sources[${prev}]; give each source a unique id.`);
    else ids.set(s.id, i);
    for (const f of s.feeds) {
      if (!f.url) continue;
      const owner = urls.get(f.url);
      if (owner !== undefined)
        problems.push(
          `${file}: sources[${i}] (id "${s.id}"): feed ${f.url} is already listed under source "${owner}"; list each feed once.`,
        );
      else urls.set(f.url, s.id);
    }
  });
  return problems;
}

function resolve(data: FeedsFileParsed, file: string): FeedsConfig {
  const d = data.defaults;
  const sources = data.sources.map((s): SourceConfig => {
    const pollIntervalS = s.poll_interval ?? d.poll_interval;
    const maxBodyBytes = s.max_body ?? null;
    return {
      id: s.id,
      name: s.name,
      homepage: s.homepage ?? null,
      rights: s.rights ?? d.rights,
      review: s.review ?? d.review,
      creditTemplate: s.credit ?? d.credit,
      pollIntervalS,
      maxBodyBytes,
      excerptWords: s.excerpt_words ?? d.excerpt_words,
      categories: s.categories ?? [],
      language: s.language ?? null,
      extract: s.extract ?? null,
      paused: s.paused ?? false,
      pushTokenEnv: s.push_token_env ?? null,
      feeds: s.feeds.map((f) => ({
        url: f.url ?? null,
        path: f.path ?? null,
        type: f.type ?? null,
        title: f.title ?? null,
        pollIntervalS: f.poll_interval ?? pollIntervalS,
        maxBodyBytes: f.max_body ?? maxBodyBytes,
      })),
    };
  });
  const webhooks = data.webhooks.map((w) => ({ url: w.url, secretEnv: w.secret_env, events: w.events }));
  return { file, defaults: d, sources, webhooks };
}

/** Freezes an object graph so settings cannot change after start-up. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
