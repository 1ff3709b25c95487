/**
 * `wireroom feeds import <file.opml>` and `feeds export`. Import appends the new sources to the
 * operator's feeds.yaml text, so comments, order and existing entries stay as written; outlines
 * that are not valid sources are skipped and reported by OPML line; the result is checked with the
 * same schema as at start-up before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { UserError } from '../errors';
import { loadSettings } from '../settings';
import { parseFeedsConfig } from '../settings/feeds-config';
import { decodeXml } from '../text/charset';
import { feedsToOpml, opmlToFeedsFile } from '../settings/opml';
import { sourceSchema, type FeedsFileInput } from '../settings/feeds-schema';

export interface ImportPlan {
  /** The new feeds.yaml text. */
  text: string;
  added: string[];
  /** Feeds already listed (by URL), left as they are. */
  skipped: string[];
  /** Outlines that cannot be imported, each "file:line: why"; the rest was imported. */
  rejected: string[];
}

export interface ImportOptions {
  /** The OPML file's name, for the line numbers of rejected outlines. */
  opmlFile?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Adds the OPML's feeds to the YAML text; pure. An outline that is not a valid source (an `ftp://`
 * xmlUrl, no xmlUrl at all) is left out and reported with its line in the OPML; the rest is added.
 * Problems that stop the whole import (not OPML, a broken feeds.yaml, an invalid result) are returned.
 */
export function planOpmlImport(
  yamlText: string,
  opmlText: string,
  file: string,
  opts: ImportOptions = {},
): { ok: true; plan: ImportPlan } | { ok: false; problems: string[] } {
  const opmlFile = opts.opmlFile ?? 'OPML';
  const opml = opmlToFeedsFile(opmlText);
  if (!opml.ok) return { ok: false, problems: [opml.reason] };
  const doc = parseDocument(yamlText.trim() ? yamlText : 'sources: []\n');
  if (doc.errors.length) return { ok: false, problems: doc.errors.map((e) => `${file}: ${e.message.split('\n')[0]}`) };
  const { ids, urls } = existingKeys(doc);
  const sourcesNode = doc.get('sources', true);
  const before = isSeq(sourcesNode) ? sourcesNode.items.length : 0;
  const newSources: unknown[] = [];
  const added: string[] = [];
  const skipped: string[] = [];
  const rejected = opml.skipped.map((s) => ({ line: s.line, text: `${opmlFile}:${s.line}: ${s.reason}; skipped` }));
  const incoming = opml.value.sources;
  incoming.forEach((src, i) => {
    const url = src.feeds?.[0]?.url;
    const line = opml.lines[i] ?? 0;
    const invalid = outlineProblem(src);
    if (invalid) rejected.push({ line, text: `${opmlFile}:${line}: outline "${src.name}": ${invalid}; skipped` });
    else if (!url || urls.has(url)) skipped.push(url ?? src.name);
    else {
      const id = uniqueId(src.id, ids);
      doc.addIn(['sources'], doc.createNode({ ...src, id }));
      newSources.push({ ...src, id });
      urls.add(url);
      added.push(url);
    }
    opts.onProgress?.(i + 1, incoming.length);
  });
  const appended = appendToSequence(yamlText, sourcesNode, newSources);
  const text = appended && countSources(appended) === before + newSources.length ? appended : doc.toString();
  const check = parseFeedsConfig(text, file);
  if (!check.ok) return { ok: false, problems: check.problems };
  rejected.sort((a, b) => a.line - b.line);
  return { ok: true, plan: { text, added, skipped, rejected: rejected.map((r) => r.text) } };
}

/** Why one outline's source would not pass the feeds.yaml schema ("xmlUrl must be …"), or undefined when it would. */
function outlineProblem(src: FeedsFileInput['sources'][number]): string | undefined {
  const r = sourceSchema.safeParse(src);
  if (r.success) return undefined;
  return r.error.issues
    .map((iss) => {
      const at = iss.path.join('.');
      return at === 'feeds.0.url' ? `xmlUrl ${JSON.stringify(src.feeds?.[0]?.url)}: ${iss.message}` : `${at}: ${iss.message}`;
    })
    .join('; ');
}

/**
 * The YAML text with `items` added at the end of the block sequence `seq`, every other byte as the
 * operator wrote it (re-serializing the document would reflow long lines, respace flow lists and drop
 * blank lines). Undefined when the sequence is not a plain block list (then the caller re-serializes).
 */
function appendToSequence(text: string, seq: unknown, items: unknown[]): string | undefined {
  if (!items.length) return text;
  if (!isSeq(seq) || seq.flow || !seq.range || !seq.items.length) return undefined;
  const [start, end] = seq.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indent = text.slice(lineStart, start);
  if (!/^ *$/.test(indent)) return undefined;
  const block = new Document(items).toString({ lineWidth: 0 });
  const lines = block.split('\n').filter((l) => l.length > 0);
  const sep = end > 0 && text[end - 1] !== '\n' ? '\n' : '';
  return text.slice(0, end) + sep + lines.map((l) => indent + l).join('\n') + '\n' + text.slice(end);
}

function countSources(text: string): number {
  const doc = parseDocument(text);
  const seq = doc.get('sources');
  return doc.errors.length || !isSeq(seq) ? -1 : seq.items.length;
}

function existingKeys(doc: Document): { ids: Set<string>; urls: Set<string> } {
  const ids = new Set<string>();
  const urls = new Set<string>();
  const sources = doc.get('sources');
  if (!isSeq(sources)) return { ids, urls };
  for (const s of sources.items) {
    if (!isMap(s)) continue;
    ids.add(String(s.get('id')));
    const feeds = s.get('feeds');
    if (isSeq(feeds)) for (const f of feeds.items) if (isMap(f) && f.get('url')) urls.add(String(f.get('url')));
  }
  return { ids, urls };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Imports an OPML file into the feeds file WIREROOM_FEEDS names; `--dry-run` prints the result instead. */
export function feedsImportCommand(opmlFile: string, opts: { dryRun?: boolean }): void {
  const settings = loadSettings();
  const target = path.resolve(settings.feedsFile);
  if (/\.(opml|xml)$/i.test(target))
    throw new UserError(
      `wireroom feeds import: WIREROOM_FEEDS names an OPML file (${settings.feedsFile}); point it at a feeds.yaml to import into`,
      2,
    );
  let opmlText: string;
  try {
    opmlText = decodeXml(fs.readFileSync(opmlFile));
  } catch (err) {
    throw new UserError(`wireroom feeds import: cannot read ${opmlFile} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, 2);
  }
  const tty = Boolean(process.stderr.isTTY);
  const progress = tty ? (done: number, total: number) => process.stderr.write(`\rimporting ${done}/${total}`) : undefined;
  const r = planOpmlImport(fs.readFileSync(target, 'utf8'), opmlText, settings.feedsFile, { opmlFile, onProgress: progress });
  if (tty) process.stderr.write('\n');
  if (r.ok && r.plan.rejected.length)
    process.stderr.write(`${r.plan.rejected.length} outline(s) not imported:\n` + r.plan.rejected.map((p) => `  - ${p}`).join('\n') + '\n');
  if (!r.ok)
    throw new UserError(
      `wireroom feeds import: nothing written; ${r.problems.length} problem(s):\n` + r.problems.map((p) => `  - ${p}`).join('\n'),
      2,
    );
  if (opts.dryRun) {
    process.stdout.write(r.plan.text);
    return;
  }
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, r.plan.text);
  fs.renameSync(tmp, target); // atomic: a crash leaves the old file
  const rejected = r.plan.rejected.length ? `, ${r.plan.rejected.length} not imported (see above)` : '';
  process.stdout.write(`${settings.feedsFile}: added ${r.plan.added.length} feed(s), ${r.plan.skipped.length} already listed${rejected}\n`);
}

/** Prints the configured sources as OPML 2.0 on standard output. */
export function feedsExportCommand(): void {
  const settings = loadSettings();
  process.stdout.write(feedsToOpml(settings.feeds.sources.map((s) => ({ ...s, feeds: [...s.feeds] }))));
}
