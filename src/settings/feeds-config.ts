/**
 * Turns the text of feeds.yaml (or OPML) into a validated, frozen FeedsConfig, or a list of
 * problems that each name the file, the entry and the fix. Pure: the caller reads the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { crossEntryProblems, pollBoundProblems, suggestKey, type ConfigProblem } from './feeds-problems';
import {
  defaultsSchema,
  extractSchema,
  feedSchema,
  feedsFileSchema,
  sourceSchema,
  webhookSchema,
  type FeedsFileParsed,
  type FeedType,
  type ReviewMode,
  type Rights,
  type WebhookEvent,
} from './feeds-schema';
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
  /** Other names the outlet goes by (feeds.yaml `aliases`), matched when a page credits it. */
  aliases: string[];
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

/** Parses and validates feeds.yaml or OPML text. Every problem is reported in one pass (schema, cross-entry, bounds), each at its key's line and column. */
export function parseFeedsConfig(text: string, file: string): FeedsConfigResult {
  const raw = /\.opml$|\.xml$/i.test(file) || /^\s*<\?xml|^\s*<opml/i.test(text) ? readOpml(text, file) : readYaml(text, file);
  if (!raw.ok) return raw;
  const parsed = feedsFileSchema.safeParse(raw.value);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap(issueProblems)),
    ...crossEntryProblems(raw.value),
    ...pollBoundProblems(raw.value),
  ];
  if (problems.length || !parsed.success) return { ok: false, problems: formatProblems(problems, raw, file) };
  return { ok: true, config: deepFreeze(resolve(parsed.data, file)) };
}

interface Position {
  line: number;
  col: number;
}
type RawResult = { ok: true; value: unknown; posOf: (path: PropertyKey[]) => Position | undefined } | { ok: false; problems: string[] };

function readYaml(text: string, file: string): RawResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) return { ok: false, problems: syntaxProblems(doc.errors, file) };
  const posOf = (path: PropertyKey[]): Position | undefined => {
    const range = rangeOf(doc.contents, path);
    return range ? lineCounter.linePos(range[0]) : undefined;
  };
  const value: unknown = doc.toJS() ?? {};
  return { ok: true, value, posOf };
}

/** One line per syntax error: the parser reports one bad indentation several times at the same place, and repeats the position in its text. */
function syntaxProblems(errors: readonly YAMLError[], file: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of errors) {
    const pos = e.linePos?.[0];
    const at = pos ? `:${pos.line}:${pos.col}` : '';
    if (seen.has(at)) continue;
    seen.add(at);
    const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    out.push(`${file}${at}: YAML syntax error: ${message}. Fix the indentation or quoting there.`);
  }
  return out;
}

/** The range of the key named last in `path` (or of the item, for an index); the deepest node found when the key is missing. */
function rangeOf(root: unknown, path: PropertyKey[]): [number, number, number] | undefined {
  let node: unknown = root;
  let range = (root as { range?: [number, number, number] } | null)?.range;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) return range;
      range = (pair.key as { range?: [number, number, number] }).range ?? range;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      range = (node as { range?: [number, number, number] } | undefined)?.range ?? range;
    } else return range;
  }
  return range;
}

function readOpml(text: string, file: string): RawResult {
  const r = opmlToFeedsFile(text);
  if (!r.ok) return { ok: false, problems: [`${file}: ${r.reason}`] };
  const posOf = (path: PropertyKey[]): Position | undefined => {
    const line = path[0] === 'sources' && typeof path[1] === 'number' ? r.lines[path[1]] : undefined;
    return line === undefined ? undefined : { line, col: 1 }; // the source's <outline> in the OPML file
  };
  return { ok: true, value: r.value, posOf };
}

/** A schema issue as problems at their keys: one per unknown key, with the allowed key it most resembles. */
function issueProblems(issue: z.core.$ZodIssue): ConfigProblem[] {
  if (issue.code !== 'unrecognized_keys') return [{ path: issue.path, message: issue.message }];
  const allowed = allowedKeysAt(issue.path);
  return issue.keys.map((key) => {
    const guess = suggestKey(key, allowed);
    const fix = guess ? `did you mean "${guess}"?` : `remove it, or use one of ${allowed.join(', ')}`;
    return { path: [...issue.path, key], message: `unknown key "${key}"; ${fix}` };
  });
}

/** The keys the schema allows at a path ("sources.#.feeds.#" → a feed's keys). */
function allowedKeysAt(path: PropertyKey[]): string[] {
  const shape = path.map((k) => (typeof k === 'number' ? '#' : String(k))).join('.');
  const schemas: Record<string, { shape: Record<string, unknown> }> = {
    '': feedsFileSchema,
    defaults: defaultsSchema,
    'sources.#': sourceSchema,
    'sources.#.feeds.#': feedSchema,
    'sources.#.extract': extractSchema,
    'webhooks.#': webhookSchema,
  };
  return Object.keys(schemas[shape]?.shape ?? {});
}

/** "config/feeds.yaml:12:5: sources[1] (id "rt") → rights: rights must be one of …", sorted by position. */
function formatProblems(problems: ConfigProblem[], raw: Extract<RawResult, { ok: true }>, file: string): string[] {
  const located = problems.map((p) => ({ pos: raw.posOf(p.path), text: `${describePath(p.path, raw.value)}: ${p.message}` }));
  located.sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.col ?? 0) - (b.pos?.col ?? 0));
  return located.map(({ pos, text }) => `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${text}.`.replace(/([.?])\.$/, '$1'));
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

function resolve(data: FeedsFileParsed, file: string): FeedsConfig {
  const d = data.defaults;
  const sources = data.sources.map((s): SourceConfig => {
    const pollIntervalS = s.poll_interval ?? d.poll_interval;
    const maxBodyBytes = s.max_body ?? null;
    return {
      id: s.id,
      name: s.name,
      homepage: s.homepage ?? null,
      aliases: s.aliases ?? [],
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
